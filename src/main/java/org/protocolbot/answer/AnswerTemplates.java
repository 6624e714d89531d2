package org.protocolbot.answer;

import java.util.List;

/**
 * Every sentence the bot says that is not a quote lives here, so Slack, Teams, the web page and the CLI
 * say the same words. No generation: fixed templates filled with council names and clause numbers.
 */
public final class AnswerTemplates {

    public static final String ANSWER_CLOSING =
            "Quoted verbatim from the protocol. For advice on a particular case, ask your Monitoring Officer.";
    public static final String REFUSE_LEAD =
            "I can't help with that. Council officers must stay politically impartial, so advising on party business "
                    + "(campaigns, how a group should vote, speeches, attack lines, candidate selection) is outside "
                    + "what an officer, or this bot, may do.";
    public static final String REFUSE_CLOSING =
            "I can answer questions about how councillors and officers work together under the protocol.";

    private AnswerTemplates() {
    }

    /** The lead of an answer for one council: the scope was set by the question, the user or the surface. */
    public static String scopedLead(String councilName) {
        return "Here is what the " + councilName + " protocol says:";
    }

    /** No council in scope, and every quote from one council: say so, since the user's own council may differ. */
    public static String unscopedOneCouncilLead(String councilName) {
        return "No council was named; the closest clauses are in the " + councilName + " protocol:";
    }

    /** No council in scope, quotes from several: never mix councils' rules silently. */
    public static final String UNSCOPED_SEVERAL_COUNCILS_LEAD = "No council was named, so these clauses come from "
            + "different councils' protocols, each labelled with its council. Name your council to see only its rules:";

    /**
     * @param scopeName the council in scope, or empty when none was named or configured: then the lead says whose
     *                  protocol each quote comes from, so one council's rule is never passed off as another's
     */
    public static Answer answer(String scopeName, List<QuotedClause> quotes) {
        List<String> councils = quotes.stream().map(q -> q.citation().councilName()).distinct().toList();
        String lead = !scopeName.isEmpty() ? scopedLead(scopeName)
                : councils.size() == 1 ? unscopedOneCouncilLead(councils.get(0))
                : UNSCOPED_SEVERAL_COUNCILS_LEAD;
        return build(Outcome.ANSWER, lead, quotes, ANSWER_CLOSING, "");
    }

    public static Answer clause(QuotedClause quote) {
        return build(Outcome.ANSWER, "From the " + quote.citation().councilName() + " protocol:", List.of(quote), "", "");
    }

    /** Councils side by side: one clause each, and the councils whose protocol has no provision. */
    public static Answer comparison(List<QuotedClause> provisions, List<String> councilsWithoutProvision) {
        String closing = councilsWithoutProvision.isEmpty()
                ? ANSWER_CLOSING
                : "No provision found in: " + String.join(", ", councilsWithoutProvision) + ". " + ANSWER_CLOSING;
        return build(Outcome.ANSWER, "How each council's protocol deals with this (its closest clause):", provisions, closing, "");
    }

    public static Answer refuse(String guardRule, List<QuotedClause> quotes) {
        String lead = quotes.isEmpty() ? REFUSE_LEAD : REFUSE_LEAD + " The protocol says:";
        return build(Outcome.REFUSE, lead, quotes, REFUSE_CLOSING, guardRule);
    }

    public static Answer noMatch(String scopeName) {
        String lead = scopeName.isEmpty()
                ? "The protocol does not cover this, so I have no clause to quote."
                : "The " + scopeName + " protocol does not cover this, so I have no clause to quote.";
        String closing = "Please ask your council's Monitoring Officer, who advises on the protocol and on matters it does not cover.";
        return build(Outcome.NO_MATCH, lead, List.of(), closing, "");
    }

    public static Answer info(String message) {
        return build(Outcome.INFO, message, List.of(), "", "");
    }

    public static Answer info(String message, List<QuotedClause> quotes) {
        return build(Outcome.INFO, message, quotes, "", "");
    }

    private static Answer build(Outcome outcome, String lead, List<QuotedClause> quotes, String closing, String rule) {
        return new Answer(outcome, lead, quotes, closing, rule, plainText(lead, quotes, closing));
    }

    /** The plain-text rendering: used by the CLI, as the notification fallback in Slack and Teams, and in JSON. */
    static String plainText(String lead, List<QuotedClause> quotes, String closing) {
        StringBuilder out = new StringBuilder(lead);
        for (QuotedClause quote : quotes) {
            out.append("\n\n").append(quote.citation().label()).append('\n').append(quote.text());
        }
        if (!closing.isEmpty()) {
            out.append("\n\n").append(closing);
        }
        return out.toString();
    }
}
