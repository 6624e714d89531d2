package org.protocolbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.protocolbot.answer.CitedAnswerer;
import org.protocolbot.answer.RelevanceGate;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.guard.PartyBusinessGuard;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.HybridRetriever;
import org.protocolbot.retrieval.LexicalIndex;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;

/** Builds a {@link ProtocolBot} from the knowledge base and the local model. */
public final class BotLoader {

    private static final System.Logger LOG = System.getLogger(BotLoader.class.getName());

    private BotLoader() {
    }

    static ProtocolBot load(Settings settings) {
        return load(KnowledgeBase.locate(settings.knowledgeDir()), new MiniLmEmbedder(), RetrievalMode.HYBRID);
    }

    public static ProtocolBot load(KnowledgeBase knowledge, TextEmbedder embedder, RetrievalMode mode) {
        ClauseCorpus corpus = knowledge.load();
        ClauseVectors vectors = vectors(knowledge, corpus, embedder);
        HybridRetriever retriever = new HybridRetriever(corpus, embedder, vectors, new LexicalIndex(corpus.allClauses()), mode);
        CitedAnswerer answerer = new CitedAnswerer(corpus, retriever, new PartyBusinessGuard(), RelevanceGate.DEFAULT);
        return new ProtocolBot(corpus, answerer, answerer, retriever);
    }

    /** Cached vectors when they match this corpus and model; otherwise embed now and refresh the cache if we can. */
    public static ClauseVectors vectors(KnowledgeBase knowledge, ClauseCorpus corpus, TextEmbedder embedder) {
        String hash = ClauseVectors.hash(corpus, embedder.modelId());
        Optional<ClauseVectors> cached = readCache(knowledge);
        if (cached.isPresent() && cached.get().corpusHash().equals(hash) && cached.get().vectors().size() == corpus.size()) {
            return cached.get();
        }
        LOG.log(System.Logger.Level.INFO, "Embedding {0} clauses (no cache for this corpus yet)", corpus.size());
        ClauseVectors fresh = ClauseVectors.compute(corpus, embedder);
        knowledge.path().ifPresent(dir -> writeCache(dir, fresh));
        return fresh;
    }

    private static Optional<ClauseVectors> readCache(KnowledgeBase knowledge) {
        if (!knowledge.exists(ClauseVectors.FILE_NAME)) {
            return Optional.empty();
        }
        try (InputStream in = knowledge.open(ClauseVectors.FILE_NAME)) {
            return Optional.of(ClauseVectors.read(in));
        } catch (IOException e) {
            // A damaged cache is only a cache: re-embedding gives the same vectors.
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable embeddings cache: {0}", e.getMessage());
            return Optional.empty();
        }
    }

    public static void writeCache(Path dir, ClauseVectors vectors) {
        try {
            Files.write(dir.resolve(ClauseVectors.FILE_NAME), vectors.toBytes());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write embeddings cache in {0}: {1}", dir, e.getMessage());
        }
    }
}
