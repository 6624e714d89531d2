package org.protocolbot.answer;

import java.util.List;
import java.util.Objects;

/**
 * The bot's reply to one request, as structured parts every adapter renders the same way.
 * The parts come from {@link AnswerTemplates}; adapters only choose the markup (Block Kit, Adaptive Card, plain text).
 *
 * @param outcome   answer, refuse, no_match or info
 * @param lead      the sentence before the quotes (never empty)
 * @param quotes    clauses quoted verbatim, in rank order (at most three for questions)
 * @param closing   the sentence after the quotes (may be empty)
 * @param guardRule the guard rule that fired, for audit; empty when none fired
 * @param text      the whole reply as plain text: lead, each quote under its citation, closing
 */
public record Answer(
        Outcome outcome,
        String lead,
        List<QuotedClause> quotes,
        String closing,
        String guardRule,
        String text) {

    public Answer {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(lead, "lead");
        quotes = List.copyOf(quotes);
        closing = closing == null ? "" : closing;
        guardRule = guardRule == null ? "" : guardRule;
        Objects.requireNonNull(text, "text");
    }

    /** Citation ids in rank order, e.g. {@code ["kirklees:6.3"]}. */
    public List<String> citations() {
        return quotes.stream().map(q -> q.citation().id()).toList();
    }
}
