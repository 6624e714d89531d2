package org.protocolbot.cli;

import java.util.Optional;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseNumbers;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.KnowledgeBase;

/** What CLI commands share: settings from the environment, the corpus, the bot, and input validation. */
final class CliContext {

    private CliContext() {
    }

    static Settings settings() {
        return Settings.fromEnv();
    }

    /** Only the clauses: lookups need no model, so they answer instantly. */
    static ClauseCorpus corpus() {
        return KnowledgeBase.locate(settings().knowledgeDir()).load();
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

    static String clauseNumber(String raw) {
        return ClauseNumbers.normalise(raw).orElseThrow(() -> new BadInputException(
                "\"" + printable(raw) + "\" is not a clause number (try e.g. 6.3, 1.05 or \"clause 7.4\")"));
    }

    /** The question typed as words on the command line; empty is bad input. */
    static String question(java.util.List<String> words) {
        String question = String.join(" ", words).strip();
        if (question.isEmpty()) {
            throw new BadInputException("the question is empty");
        }
        return question;
    }

    /** Prints an answer as plain text, or as {@code {"outcome","citations","text"}} with {@code --json}. */
    static void print(picocli.CommandLine.Model.CommandSpec spec, org.protocolbot.answer.Answer answer, boolean json) {
        spec.commandLine().getOut().println(json
                ? org.protocolbot.answer.AnswerJson.toCompactJson(answer).toString() : answer.text());
    }

    /** Echo user input safely in one line: control characters removed, length capped. */
    static String printable(String raw) {
        String clean = raw == null ? "" : raw.replaceAll("[\\p{Cc}\\p{Cf}]", "");
        return clean.length() > 40 ? clean.substring(0, 40) + "…" : clean;
    }
}
