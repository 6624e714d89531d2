package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.Council;

/** The checks every rendering of an answer to hostile input must pass. */
public final class RenderedText {

    /** The one place our own templates use angle brackets: the placeholder in "Try `<council> 6.3`". */
    private static final String TEMPLATE_PLACEHOLDER = "<council>";

    private RenderedText() {
    }

    /** The answer came from a template of its outcome, quotes the corpus verbatim, and echoes nothing dangerous. */
    public static void assertTemplated(ProtocolBot bot, Answer answer, Set<Outcome> allowed) {
        assertTrue(allowed.contains(answer.outcome()), () -> "outcome " + answer.outcome() + " for " + answer);
        assertTrue(leadsFor(bot, answer.outcome()).test(answer.lead()), () -> "not a template's lead: " + answer.lead());
        assertTrue(answer.text().startsWith(answer.lead()), answer::text);
        for (QuotedClause quote : answer.quotes()) {
            assertEquals(bot.corpus().clause(quote.citation().id()).orElseThrow().text(), quote.text(),
                    "quotes are verbatim clauses");
        }
        assertSafe(answer.text());
    }

    /** No markup that pings, links or runs; no stack trace. */
    public static void assertSafe(String text) {
        String withoutPlaceholder = text.replace(TEMPLATE_PLACEHOLDER, "");
        assertFalse(withoutPlaceholder.contains("<"), () -> "a '<' reached the output: " + text);
        assertFalse(withoutPlaceholder.contains(">"), () -> "a '>' reached the output: " + text);
        assertNoStackTrace(text);
        for (String dangerous : List.of("{{", "javascript:", "${jndi", "onerror=", "&lt;", "&amp;")) {
            assertFalse(text.contains(dangerous), () -> dangerous + " reached the output: " + text);
        }
    }

    public static void assertNoStackTrace(String text) {
        assertFalse(text.contains("Exception"), () -> "an exception in the output: " + text);
        assertFalse(text.contains("\tat "), () -> "a stack trace in the output: " + text);
    }

    private interface LeadCheck {
        boolean test(String lead);
    }

    private static LeadCheck leadsFor(ProtocolBot bot, Outcome outcome) {
        List<String> names = bot.corpus().councils().stream().map(Council::name).toList();
        return switch (outcome) {
            case ANSWER -> lead -> lead.equals(AnswerTemplates.UNSCOPED_SEVERAL_COUNCILS_LEAD)
                    || lead.equals("How each council's protocol deals with this (its closest clause):")
                    || names.stream().anyMatch(n -> lead.equals(AnswerTemplates.scopedLead(n))
                    || lead.equals(AnswerTemplates.unscopedOneCouncilLead(n))
                    || lead.equals("From the " + n + " protocol:"));
            case REFUSE -> lead -> lead.equals(AnswerTemplates.REFUSE_LEAD)
                    || lead.equals(AnswerTemplates.REFUSE_LEAD + " The protocol says:");
            case NO_MATCH -> lead -> lead.equals("The protocol does not cover this, so I have no clause to quote.")
                    || names.stream().anyMatch(n -> lead.equals("The " + n + " protocol does not cover this, so I have no clause to quote."));
            case INFO -> lead -> Stream.concat(Stream.of("I answer questions about the Protocol", "Protocols I can quote:",
                            "Which council? Try `", "Ask a question or give a clause number", "I don't know the council \"",
                            "Clauses that best match \""), names.stream().map(n -> n + "'s protocol has no clause "))
                    .anyMatch(lead::startsWith);
        };
    }

    public static Set<Outcome> questionOutcomes() {
        return Set.of(Outcome.ANSWER, Outcome.REFUSE, Outcome.NO_MATCH);
    }

    public static Set<Outcome> anyOutcome() {
        return Stream.of(Outcome.values()).collect(Collectors.toSet());
    }
}
