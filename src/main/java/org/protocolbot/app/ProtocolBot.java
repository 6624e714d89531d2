package org.protocolbot.app;

import java.util.Optional;
import org.protocolbot.answer.CouncilComparer;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.chat.ChatResponder;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.retrieval.ClauseSearch;

/**
 * The assembled core: the clause corpus, the answerer and the chat command language, loaded once per process
 * and shared by every adapter. Thread-safe once built. Adapters receive this and never reach further in.
 */
public final class ProtocolBot {

    private final ClauseCorpus corpus;
    private final QuestionAnswerer answerer;
    private final CouncilComparer comparer;
    private final ClauseSearch search;
    private final ChatResponder chat;

    public ProtocolBot(ClauseCorpus corpus, QuestionAnswerer answerer, CouncilComparer comparer, ClauseSearch search) {
        this.corpus = corpus;
        this.answerer = answerer;
        this.comparer = comparer;
        this.search = search;
        this.chat = new ChatResponder(corpus, answerer, comparer, search);
    }

    /**
     * Loads the knowledge base named by the settings (or the embedded one) and the local embedding model.
     */
    public static ProtocolBot load(Settings settings) {
        return BotLoader.load(settings);
    }

    public ClauseCorpus corpus() {
        return corpus;
    }

    public QuestionAnswerer answerer() {
        return answerer;
    }

    public CouncilComparer comparer() {
        return comparer;
    }

    public ClauseSearch search() {
        return search;
    }

    public ChatResponder chat() {
        return chat;
    }

    /** Validates a configured default council against the corpus, so a typo fails at start-up, not per message. */
    public Optional<String> resolveDefaultCouncil(Settings settings) {
        return settings.defaultCouncil().map(id -> corpus.council(id)
                .orElseThrow(() -> new IllegalArgumentException("PROTOCOL_DEFAULT_COUNCIL=" + id
                        + " is not a known council; known: " + String.join(", ", corpus.councilIds())))
                .id());
    }
}
