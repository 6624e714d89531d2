package org.protocolbot.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseNumbers;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.feedback.FeedbackPayload;
import picocli.CommandLine.Model.CommandSpec;

/** What CLI commands share: settings from the environment, the corpus, the bot, and input validation. */
final class CliContext {

    private CliContext() {
    }

    static Settings settings() {
        return Settings.fromEnv();
    }

    /** Only the clauses: lookups need no model, so they answer instantly. */
    static ClauseCorpus corpus() {
        return corpus(settings());
    }

    static ClauseCorpus corpus(Settings settings) {
        return KnowledgeBase.locate(settings.knowledgeDir()).load();
    }

    static ProtocolBot bot() {
        return ProtocolBot.load(settings());
    }

    static Council council(ClauseCorpus corpus, String id) {
        return corpus.council(id == null ? "" : id.strip())
                .orElseThrow(() -> new BadInputException("unknown council \"" + printable(id) + "\"; known councils: "
                        + String.join(", ", corpus.councilIds())));
    }

    static Optional<String> optionalCouncil(ClauseCorpus corpus, String id) {
        return id == null ? Optional.empty() : Optional.of(council(corpus, id).id());
    }

    /**
     * The council a question is limited to: {@code --council} when given, else {@code PROTOCOL_DEFAULT_COUNCIL},
     * else none (every council). Checked against the corpus before the model loads, so a typo costs no wait.
     */
    static Optional<String> scope(ClauseCorpus corpus, String flag, Settings settings) {
        return flag != null ? optionalCouncil(corpus, flag) : ProtocolBot.defaultCouncil(corpus, settings);
    }

    static String clauseNumber(String raw) {
        return ClauseNumbers.normalise(raw).orElseThrow(() -> new BadInputException(
                "\"" + printable(raw) + "\" is not a clause number (try e.g. 6.3, 1.05 or \"clause 7.4\")"));
    }

    /** The question typed as words on the command line; empty is bad input. */
    static String question(List<String> words) {
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new BadInputException("the question is empty");
        }
        return question;
    }

    /**
     * The JSON {@code POST /api/ask} returns for this answer: {@link AnswerJson#toJson} and, when the answer can be
     * rated, the {@code feedback} value to send with a click.
     */
    static ObjectNode json(String question, Optional<String> council, Answer answer) {
        ObjectNode node = AnswerJson.toJson(answer);
        FeedbackPayload.offeredFor(question, council, answer).ifPresent(p -> node.put("feedback", p.encode()));
        return node;
    }

    /** Prints an answer for the terminal (wrapped, its answering sentences marked), or as JSON with {@code --json}. */
    static void print(CommandSpec spec, TerminalStyle style, String question, Optional<String> council, Answer answer,
            boolean json) {
        spec.commandLine().getOut().println(json
                ? json(question, council, answer).toString() : new TerminalText(style).render(answer));
    }

    /** Echo user input safely in one line: control characters removed, length capped. */
    static String printable(String raw) {
        String clean = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\p{Cf}]", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
