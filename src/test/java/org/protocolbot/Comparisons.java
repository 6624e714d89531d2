package org.protocolbot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ManifestCouncils;

/** The shape every surface's comparison must have, checked the same way for the API, Slack and Teams. */
public final class Comparisons {

    /** A topic every protocol speaks to in some way; the core's own tests show it is answered, not refused. */
    public static final String TOPIC = "can councillors use council printers for campaigning";

    private Comparisons() {
    }

    /**
     * Asserts that the comparison accounts for each of the manifest's councils exactly once, in council-id order: a quoted
     * clause of its own, or its name in the closing "No provision found in: ..." line.
     *
     * @return the ids of the councils quoted, in order
     */
    public static List<String> assertEveryCouncilOnceInIdOrder(ClauseCorpus corpus, Answer comparison) {
        List<String> ids = corpus.councilIds().stream().sorted().toList();
        assertEquals(ManifestCouncils.ids().stream().sorted().toList(), ids, "the knowledge base has the manifest's councils");
        assertEquals(Outcome.ANSWER, comparison.outcome(), comparison.text());
        List<String> quoted = comparison.quotes().stream().map(q -> q.citation().council()).toList();
        assertEquals(quoted.stream().sorted().distinct().toList(), quoted, "one clause per council, in id order");
        List<String> without = new ArrayList<>(ids);
        without.removeAll(quoted);
        String noProvision = without.isEmpty() ? AnswerTemplates.ANSWER_CLOSING
                : "No provision found in: " + String.join(", ", without.stream().map(corpus::councilName).toList())
                        + ". " + AnswerTemplates.ANSWER_CLOSING;
        assertEquals(noProvision, comparison.closing());
        for (QuotedClause quote : comparison.quotes()) {
            assertEquals(corpus.clause(quote.citation().id()).orElseThrow().text(), quote.text(), "verbatim");
        }
        assertTrue(!quoted.isEmpty(), "at least one council has a provision on " + TOPIC);
        return quoted;
    }
}
