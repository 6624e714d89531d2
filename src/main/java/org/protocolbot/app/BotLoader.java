package org.protocolbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.CitedAnswerer;
import org.protocolbot.answer.SideTask;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseQuestions;
import org.protocolbot.corpus.IngestException;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.guard.GuardExamples;
import org.protocolbot.guard.LayeredGuard;
import org.protocolbot.guard.NeighbourGuard;
import org.protocolbot.guard.PartyBusinessClassifier;
import org.protocolbot.guard.PartyBusinessGuard;
import org.protocolbot.retrieval.AskedVectors;
import org.protocolbot.retrieval.CachingEmbedder;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.HybridRetriever;
import org.protocolbot.retrieval.LexicalIndex;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.PhraseVectors;
import org.protocolbot.retrieval.QueryTerms;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;
import org.protocolbot.retrieval.Thesaurus;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.retrieval.WeightsFile;
import org.protocolbot.topics.TopicCatalogue;
import org.protocolbot.topics.TopicLinker;
import org.protocolbot.topics.TopicLinks;
import org.protocolbot.topics.TopicMatcher;
import org.protocolbot.topics.TopicPrior;
import org.protocolbot.topics.TopicSignal;

/**
 * Builds a {@link ProtocolBot} from the knowledge base and the local model: the one wiring of the answer pipeline,
 * used by every command, the server and the benchmark.
 */
public final class BotLoader {

    private static final System.Logger LOG = System.getLogger(BotLoader.class.getName());

    /** What the knowledge base holds besides clauses, and the vectors and links derived from it. */
    public record Knowledge(ClauseCorpus corpus, ClauseVectors vectors, Thesaurus thesaurus, TopicCatalogue catalogue,
                            GuardExamples guardExamples, ClauseQuestions clauseQuestions, PhraseVectors phraseVectors,
                            List<float[]> topicCentres, TopicLinks links, PartyBusinessClassifier guardClassifier) {

        /** One vector per clause question, in the order of {@code clauseQuestions().texts()}. */
        public List<float[]> clauseQuestionVectors() {
            return bank().clauseQuestions(phraseVectors);
        }

        /** The clause questions' vectors with the clause each belongs to. */
        public AskedVectors askedVectors() {
            return new AskedVectors(clauseQuestionVectors(), clauseQuestions.owners());
        }

        /** The same knowledge over another corpus, with its links, clause questions and their vectors. */
        public Knowledge over(ClauseCorpus otherCorpus, ClauseVectors otherVectors, TopicLinks otherLinks,
                              ClauseQuestions otherQuestions, List<float[]> otherQuestionVectors) {
            return new Knowledge(otherCorpus, otherVectors, thesaurus, catalogue, guardExamples, otherQuestions,
                    bank().withClauseQuestions(phraseVectors, otherQuestionVectors), topicCentres, otherLinks, guardClassifier);
        }

        private PhraseBank bank() {
            return new PhraseBank(catalogue, guardExamples, clauseQuestions);
        }
    }

    private BotLoader() {
    }

    static ProtocolBot load(Settings settings) {
        // Serving: questions people repeat skip the model (CachingEmbedder says why).
        TextEmbedder embedder = CachingEmbedder.bounded(new MiniLmEmbedder(), CachingEmbedder.SERVING_CAPACITY);
        return load(KnowledgeBase.locate(settings.knowledgeDir()), embedder, RetrievalMode.HYBRID);
    }

    public static ProtocolBot load(KnowledgeBase knowledge, TextEmbedder embedder, RetrievalMode mode) {
        return load(knowledge, embedder, mode, Tuning.DEFAULT);
    }

    public static ProtocolBot load(KnowledgeBase knowledge, TextEmbedder embedder, RetrievalMode mode, Tuning tuning) {
        try {
            return loadNow(knowledge, embedder, mode, tuning);
        } catch (RuntimeException e) {
            throw settled(embedder, e);
        }
    }

    private static ProtocolBot loadNow(KnowledgeBase knowledge, TextEmbedder embedder, RetrievalMode mode, Tuning tuning) {
        ClauseCorpus corpus = knowledge.load();
        Thesaurus thesaurus = thesaurus(knowledge);
        // The word index needs only the clauses and the thesaurus, so it is built on its own thread while the rest
        // is read and linked (and the model loads on a third): a start-up is those three at once, not one after another.
        SideTask<LexicalIndex> lexical = SideTask.start(() -> lexicalIndex(corpus, thesaurus, tuning), BotLoader::daemon);
        Knowledge read = read(knowledge, corpus, thesaurus, embedder, tuning);
        ProtocolBot bot = assemble(read, embedder, mode, tuning, lexical.join());
        // A bot is loaded when it can answer: a model that failed to load fails the start, not the first question.
        embedder.awaitReady();
        return bot;
    }

    /** Everything loaded and derived, before the pipeline is put together (ingest writes parts of it). */
    public static Knowledge read(KnowledgeBase knowledge, TextEmbedder embedder, Tuning tuning) {
        try {
            return read(knowledge, knowledge.load(), thesaurus(knowledge), embedder, tuning);
        } catch (RuntimeException e) {
            throw settled(embedder, e);
        }
    }

    /**
     * A damaged knowledge file is reported only once the model has finished loading on its own thread: ONNX Runtime
     * crashes the JVM (SIGSEGV, exit 134, a crash report on stderr) if the process exits while it is still creating
     * its native session, which would bury the one-line message naming the file. The model's own failure, if any,
     * is not the news here, so it is dropped in favour of the knowledge error.
     */
    private static RuntimeException settled(TextEmbedder embedder, RuntimeException failure) {
        try {
            embedder.awaitReady();
        } catch (RuntimeException modelFailure) {
            failure.addSuppressed(modelFailure);
        }
        return failure;
    }

    private static Knowledge read(KnowledgeBase knowledge, ClauseCorpus corpus, Thesaurus thesaurus, TextEmbedder embedder,
                                  Tuning tuning) {
        ClauseVectors vectors = vectors(knowledge, corpus, embedder);
        TopicCatalogue catalogue = knowledge.exists(TopicCatalogue.FILE_NAME)
                ? readJson(knowledge, TopicCatalogue.FILE_NAME, TopicCatalogue::read) : TopicCatalogue.empty();
        GuardExamples examples = knowledge.exists(GuardExamples.FILE_NAME)
                ? readJson(knowledge, GuardExamples.FILE_NAME, GuardExamples::read) : GuardExamples.none();
        ClauseQuestions questions = ClauseQuestions.read(knowledge, corpus);
        PhraseBank bank = new PhraseBank(catalogue, examples, questions);
        PhraseVectors phrases = phraseVectors(knowledge, bank.texts(), embedder);
        List<float[]> centres = TopicLinker.centres(catalogue, bank.descriptions(phrases), bank.phrasings(phrases));
        TopicLinks links = linker(tuning).link(corpus, vectors, new AskedVectors(bank.clauseQuestions(phrases), questions.owners()),
                catalogue, centres);
        PartyBusinessClassifier classifier = guardClassifier(knowledge, bank, phrases, tuning.guardNeighbours());
        return new Knowledge(corpus, vectors, thesaurus, catalogue, examples, questions, phrases, centres, links, classifier);
    }

    /** The answer pipeline over loaded knowledge: the same for the CLI, the server, evaluation and the benchmark. */
    public static ProtocolBot assemble(Knowledge k, TextEmbedder embedder, RetrievalMode mode, Tuning tuning) {
        return assemble(k, embedder, mode, tuning, lexicalIndex(k, tuning));
    }

    /** The BM25 index of the corpus, with the thesaurus weighted as {@code tuning} says. */
    public static LexicalIndex lexicalIndex(Knowledge k, Tuning tuning) {
        return lexicalIndex(k.corpus(), k.thesaurus(), tuning);
    }

    private static LexicalIndex lexicalIndex(ClauseCorpus corpus, Thesaurus thesaurus, Tuning tuning) {
        return new LexicalIndex(corpus.allClauses(), new QueryTerms(thesaurus, tuning.synonymWeight()));
    }

    private static Thesaurus thesaurus(KnowledgeBase knowledge) {
        return knowledge.exists(Thesaurus.FILE_NAME) ? readThesaurus(knowledge) : Thesaurus.none();
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "lucene-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** As {@link #assemble(Knowledge, TextEmbedder, RetrievalMode, Tuning)} with an index already built for it. */
    public static ProtocolBot assemble(Knowledge k, TextEmbedder embedder, RetrievalMode mode, Tuning tuning, LexicalIndex lexical) {
        PhraseBank bank = k.bank();
        HybridRetriever retriever = new HybridRetriever(k.corpus(), embedder, k.vectors(),
                k.askedVectors(),
                lexical, mode, tuning);
        TopicSignal topics = k.catalogue().topics().isEmpty()
                ? TopicSignal.none()
                : new TopicSignal(new TopicMatcher(k.catalogue(), bank.phrasings(k.phraseVectors()), tuning.topicNeighbours()),
                        new TopicPrior(k.corpus().allClauses(), k.catalogue(), k.links()));
        NeighbourGuard neighbours = new NeighbourGuard(k.guardExamples(), bank.guardExamples(k.phraseVectors()), tuning.guardNeighbours());
        LayeredGuard guard = new LayeredGuard(new PartyBusinessGuard(), neighbours, k.guardClassifier(),
                new LayeredGuard.Thresholds(tuning.guardMinSimilarity(), tuning.guardMargin(), tuning.guardOverrule(), tuning.guardClassifier(),
                        tuning.guardClassifierMargin()));
        CitedAnswerer answerer = new CitedAnswerer(k.corpus(), retriever, guard, topics, tuning);
        return new ProtocolBot(k.corpus(), answerer, retriever);
    }

    public static TopicLinker linker(Tuning tuning) {
        return new TopicLinker(new TopicLinker.Settings(tuning.linkHeadingBonus(), tuning.linkSpread(), tuning.linkFloor(), tuning.maxLinks()));
    }

    /** Cached vectors when they match this corpus and model; otherwise embed now and refresh the cache if we can. */
    public static ClauseVectors vectors(KnowledgeBase knowledge, ClauseCorpus corpus, TextEmbedder embedder) {
        String hash = ClauseVectors.hash(corpus, embedder.modelId());
        Optional<ClauseVectors> cached = readCache(knowledge, ClauseVectors.FILE_NAME, ClauseVectors::read);
        if (cached.isPresent() && cached.get().corpusHash().equals(hash) && cached.get().vectors().size() == corpus.size()) {
            return cached.get();
        }
        LOG.log(System.Logger.Level.INFO, "Embedding {0} clauses (no valid cache for this corpus yet)", corpus.size());
        ClauseVectors fresh = ClauseVectors.compute(corpus, embedder);
        knowledge.path().ifPresent(dir -> writeFile(dir, ClauseVectors.FILE_NAME, fresh.toBytes()));
        return fresh;
    }

    /** Cached phrasing vectors when they match these texts and this model; otherwise embed now and cache them. */
    public static PhraseVectors phraseVectors(KnowledgeBase knowledge, List<String> texts, TextEmbedder embedder) {
        String hash = PhraseVectors.hash(texts, embedder.modelId());
        Optional<PhraseVectors> cached = readCache(knowledge, PhraseVectors.FILE_NAME, PhraseVectors::read);
        if (cached.isPresent() && cached.get().hash().equals(hash) && cached.get().vectors().size() == texts.size()) {
            return cached.get();
        }
        if (!texts.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "Embedding {0} topic phrasings, guard examples and clause questions (no valid cache yet)", texts.size());
        }
        PhraseVectors fresh = PhraseVectors.compute(texts, embedder);
        knowledge.path().ifPresent(dir -> writeFile(dir, PhraseVectors.FILE_NAME, fresh.toBytes()));
        return fresh;
    }

    /**
     * The guard's classifier, trained on the party-business requests against the genuine protocol questions and every
     * topic phrasing (the clause questions are left out so that they stay an honest test of false refusals), read from
     * its cache when that was trained from these same vectors.
     */
    static PartyBusinessClassifier guardClassifier(KnowledgeBase knowledge, PhraseBank bank, PhraseVectors phrases, int neighbours) {
        String hash = PhraseVectors.hash(List.of(phrases.hash(), "ridge " + PartyBusinessClassifier.RIDGE, "neighbours " + neighbours),
                "guard-classifier");
        Optional<WeightsFile> cached = readCache(knowledge, WeightsFile.FILE_NAME, WeightsFile::read);
        if (cached.isPresent() && cached.get().hash().equals(hash)) {
            return PartyBusinessClassifier.unpacked(cached.get().weights());
        }
        List<float[]> examples = bank.guardExamples(phrases);
        int split = bank.guardExamples().partyBusinessCount();
        List<float[]> others = new ArrayList<>(examples.subList(split, examples.size()));
        others.addAll(bank.phrasings(phrases));
        PartyBusinessClassifier fresh = PartyBusinessClassifier.train(examples.subList(0, split), others, PartyBusinessClassifier.RIDGE,
                neighbours);
        knowledge.path().ifPresent(dir -> writeFile(dir, WeightsFile.FILE_NAME, new WeightsFile(hash, fresh.packed()).toBytes()));
        return fresh;
    }

    public static void writeCache(Path dir, ClauseVectors vectors) {
        writeFile(dir, ClauseVectors.FILE_NAME, vectors.toBytes());
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private interface JsonReader<T> {
        T read(InputStream in, String where);
    }

    private static <T> Optional<T> readCache(KnowledgeBase knowledge, String file, Reader<T> reader) {
        if (!knowledge.exists(file)) {
            return Optional.empty();
        }
        try (InputStream in = knowledge.open(file)) {
            return Optional.of(reader.read(in));
        } catch (IOException e) {
            // A damaged cache is only a cache: re-embedding gives the same vectors.
            LOG.log(System.Logger.Level.WARNING, "Ignoring unreadable cache {0}: {1}", file, e.getMessage());
            return Optional.empty();
        }
    }

    private static <T> T readJson(KnowledgeBase knowledge, String file, JsonReader<T> reader) {
        try (InputStream in = knowledge.open(file)) {
            return reader.read(in, knowledge.describe() + "/" + file);
        } catch (IOException e) {
            throw new IngestException(file + ": unreadable (" + e.getMessage() + ")", e);
        }
    }

    private static Thesaurus readThesaurus(KnowledgeBase knowledge) {
        try (InputStream in = knowledge.open(Thesaurus.FILE_NAME)) {
            return Thesaurus.parse(new InputStreamReader(in, StandardCharsets.UTF_8), knowledge.describe() + "/" + Thesaurus.FILE_NAME);
        } catch (IllegalArgumentException e) {
            throw new IngestException(e.getMessage(), e);
        } catch (IOException e) {
            throw new IngestException(Thesaurus.FILE_NAME + ": unreadable (" + e.getMessage() + ")", e);
        }
    }

    private static void writeFile(Path dir, String file, byte[] bytes) {
        try {
            Files.write(dir.resolve(file), bytes);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not write cache {0} in {1}: {2}", file, dir, e.getMessage());
        }
    }
}
