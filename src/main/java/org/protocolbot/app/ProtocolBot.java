package org.protocolbot.app;

import java.util.Optional;
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
    private final ClauseSearch search;
    private final ChatResponder chat;

    public ProtocolBot(ClauseCorpus corpus, QuestionAnswerer answerer, ClauseSearch search) {
        this.corpus = corpus;
        this.answerer = answerer;
        this.search = search;
        this.chat = new ChatResponder(corpus, answerer, search);
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

    public ClauseSearch search() {
        return search;
    }

    public ChatResponder chat() {
        return chat;
    }

    /** Validates a configured default council against the corpus, so a typo fails at start-up, not per message. */
    public Optional<String> resolveDefaultCouncil(Settings settings) {
        return defaultCouncil(corpus, settings);
    }

    /** {@link #resolveDefaultCouncil} before the model is loaded: the corpus alone can say whether the id is known. */
    public static Optional<String> defaultCouncil(ClauseCorpus corpus, Settings settings) {
        return settings.defaultCouncil()
                .map(id -> resolveCouncil(corpus, Setting.PROTOCOL_DEFAULT_COUNCIL.envName() + "=", id));
    }

    /**
     * The corpus's id for a council the operator named (case and surrounding spaces forgiven).
     *
     * @param source how the id was given, for the message, e.g. {@code "PROTOCOL_DEFAULT_COUNCIL="}
     * @throws UnknownCouncilException naming the valid ids when the corpus has no such council
     */
    public static String resolveCouncil(ClauseCorpus corpus, String source, String id) {
        return corpus.council(id.strip())
                .orElseThrow(() -> new UnknownCouncilException(source + printable(id) + " is not a known council; "
                        + "known councils: " + String.join(", ", corpus.councilIds())))
                .id();
    }

    /** Operator input echoed in one line: control characters removed, length capped. */
    private static String printable(String raw) {
        String clean = raw.replaceAll("[\\p{Cc}\\p{Cf}]", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
