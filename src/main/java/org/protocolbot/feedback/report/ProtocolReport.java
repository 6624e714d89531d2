package org.protocolbot.feedback.report;

import java.util.List;

/**
 * What the monitoring officer takes to the next protocol review: where the bot found nothing, which answers people
 * found unhelpful and which clauses those answers cited, and what the guard refused; overall and per council.
 * A pure value: the same stored data always gives an equal report, and every list is ordered by count (highest
 * first), then by text.
 *
 * @param since             first day covered (ISO date, UTC), or null for everything stored
 * @param totals            headline counts
 * @param unanswered        no_match questions from the question log, grouped by normalised text
 * @param notHelpfulAnswers answers marked not helpful, grouped by normalised question and cited clauses
 * @param notHelpfulClauses how often each clause was cited in an answer marked not helpful
 * @param refusals          refused questions from the question log, grouped by guard rule
 * @param councils          the same breakdown per council id ({@value #NO_COUNCIL} for questions asked without one)
 */
public record ProtocolReport(
        String since,
        Totals totals,
        List<QuestionCount> unanswered,
        List<NotHelpfulAnswer> notHelpfulAnswers,
        List<ClauseCount> notHelpfulClauses,
        List<Refusals> refusals,
        List<CouncilSection> councils) {

    /** The council key for questions asked, and answers given, without any council. */
    public static final String NO_COUNCIL = "all";

    public ProtocolReport {
        unanswered = List.copyOf(unanswered);
        notHelpfulAnswers = List.copyOf(notHelpfulAnswers);
        notHelpfulClauses = List.copyOf(notHelpfulClauses);
        refusals = List.copyOf(refusals);
        councils = List.copyOf(councils);
    }

    /**
     * @param feedback      feedback clicks
     * @param helpful       clicks on "Helpful"
     * @param notHelpful    clicks on "Not helpful"
     * @param distinctUsers distinct (hashed) users who clicked
     * @param unanswered    logged no_match questions
     * @param refused       logged refusals
     */
    public record Totals(int feedback, int helpful, int notHelpful, int distinctUsers, int unanswered, int refused) {
    }

    /** A question (normalised: lower case, single spaces, no closing punctuation) and how often it came. */
    public record QuestionCount(String question, int count) {
        public QuestionCount {
            question = SpreadsheetSafe.text(question);
        }
    }

    /** An answer marked not helpful: the question, what the bot did, the clauses it cited. */
    public record NotHelpfulAnswer(String question, String outcome, List<String> citations, int count) {
        public NotHelpfulAnswer {
            question = SpreadsheetSafe.text(question);
            outcome = SpreadsheetSafe.text(outcome);
            citations = citations.stream().map(SpreadsheetSafe::text).toList();
        }
    }

    /** A clause id such as kirklees:6.3 and how many not-helpful answers cited it. */
    public record ClauseCount(String clause, int count) {
        public ClauseCount {
            clause = SpreadsheetSafe.text(clause);
        }
    }

    /** The refusals under one guard rule, with the questions refused. */
    public record Refusals(String rule, int count, List<QuestionCount> questions) {
        public Refusals {
            rule = SpreadsheetSafe.text(rule);
            questions = List.copyOf(questions);
        }
    }

    /** One council's share of the report. */
    public record CouncilSection(
            String council,
            int helpful,
            int notHelpful,
            List<QuestionCount> unanswered,
            List<ClauseCount> notHelpfulClauses,
            List<Refusals> refusals) {
        public CouncilSection {
            unanswered = List.copyOf(unanswered);
            notHelpfulClauses = List.copyOf(notHelpfulClauses);
            refusals = List.copyOf(refusals);
        }
    }
}
