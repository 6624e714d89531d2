package org.protocolbot.feedback.report;

import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.feedback.StoredFeedback;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.protocolbot.answer.Outcome;
import org.protocolbot.feedback.report.ProtocolReport.ClauseCount;
import org.protocolbot.feedback.report.ProtocolReport.CouncilSection;
import org.protocolbot.feedback.report.ProtocolReport.NotHelpfulAnswer;
import org.protocolbot.feedback.report.ProtocolReport.QuestionCount;
import org.protocolbot.feedback.report.ProtocolReport.Refusals;
import org.protocolbot.feedback.report.ProtocolReport.Totals;

/** Builds the {@link ProtocolReport} from what the store holds since a date. */
public final class ReportBuilder {

    /** Logged refusals whose guard rule was not recorded are counted under this name. */
    static final String UNKNOWN_RULE = "unspecified";

    /** Reads the store and builds the report for everything on or after {@code since} (UTC), or everything. */
    public ProtocolReport build(FeedbackStore store, Optional<LocalDate> since) {
        return build(since, store.feedbackSince(ReportDates.startOf(since)),
                store.questionsSince(ReportDates.startOf(since)));
    }

    /** The pure part: the same rows, in any order, give an equal report. */
    public ProtocolReport build(Optional<LocalDate> since, List<StoredFeedback> feedback,
            List<AskedQuestion> questions) {
        Breakdown overall = new Breakdown();
        Map<String, Breakdown> councils = new TreeMap<>();
        Tally<AnswerKey> notHelpfulAnswers = new Tally<>(AnswerKey.ORDER);
        Set<String> users = new HashSet<>();
        int unanswered = 0;
        int refused = 0;

        for (StoredFeedback stored : feedback) {
            AnswerFeedback click = stored.feedback();
            users.add(stored.userHash());
            overall.addFeedback(click, click.citations());
            if (!click.helpful()) {
                notHelpfulAnswers.add(new AnswerKey(QuestionText.normalise(click.question()), click.outcome(),
                        click.citations()));
            }
            for (String council : councilsOf(click)) {
                List<String> own = click.citations().stream().filter(c -> council.equals(councilOf(c))).toList();
                councils.computeIfAbsent(council, c -> new Breakdown()).addFeedback(click, own);
            }
        }
        for (AskedQuestion question : questions) {
            overall.addQuestion(question);
            councils.computeIfAbsent(question.council().orElse(ProtocolReport.NO_COUNCIL), c -> new Breakdown())
                    .addQuestion(question);
            unanswered += question.outcome().equals(Outcome.NO_MATCH.wireName()) ? 1 : 0;
            refused += question.outcome().equals(Outcome.REFUSE.wireName()) ? 1 : 0;
        }

        Totals totals = new Totals(feedback.size(), overall.helpful, overall.notHelpful, users.size(), unanswered,
                refused);
        return new ProtocolReport(
                since.map(LocalDate::toString).orElse(null),
                totals,
                overall.unanswered(),
                notHelpfulAnswers.sorted((k, n) -> new NotHelpfulAnswer(k.question, k.outcome, k.citations, n)),
                overall.notHelpfulClauses(),
                overall.refusals(),
                councils.entrySet().stream().map(e -> e.getValue().section(e.getKey())).toList());
    }

    /** The councils a click concerns: those of its citations, else its scope, else none in particular. */
    private static Set<String> councilsOf(AnswerFeedback click) {
        Set<String> councils = new LinkedHashSet<>();
        click.citations().forEach(c -> councils.add(councilOf(c)));
        if (councils.isEmpty()) {
            councils.add(click.council().orElse(ProtocolReport.NO_COUNCIL));
        }
        return councils;
    }

    /** "kirklees:6.3" → "kirklees". */
    private static String councilOf(String citation) {
        int colon = citation.indexOf(':');
        return colon < 0 ? citation : citation.substring(0, colon);
    }

    private record AnswerKey(String question, String outcome, List<String> citations) {
        static final Comparator<AnswerKey> ORDER = Comparator.comparing(AnswerKey::question)
                .thenComparing(k -> String.join(" ", k.citations()))
                .thenComparing(AnswerKey::outcome);
    }

    /** Counts for one scope: the whole report or one council. */
    private static final class Breakdown {
        private int helpful;
        private int notHelpful;
        private final Tally<String> unanswered = Tally.ofText();
        private final Tally<String> notHelpfulClauses = Tally.ofText();
        private final Tally<String> refusalRules = Tally.ofText();
        private final Map<String, Tally<String>> refusedQuestions = new TreeMap<>();

        void addFeedback(AnswerFeedback click, List<String> citations) {
            if (click.helpful()) {
                helpful++;
            } else {
                notHelpful++;
                citations.forEach(notHelpfulClauses::add);
            }
        }

        void addQuestion(AskedQuestion question) {
            String text = QuestionText.normalise(question.question());
            if (question.outcome().equals(Outcome.NO_MATCH.wireName())) {
                unanswered.add(text);
            } else if (question.outcome().equals(Outcome.REFUSE.wireName())) {
                String rule = question.guardRule().orElse(UNKNOWN_RULE);
                refusalRules.add(rule);
                refusedQuestions.computeIfAbsent(rule, r -> Tally.ofText()).add(text);
            }
        }

        List<QuestionCount> unanswered() {
            return unanswered.sorted(QuestionCount::new);
        }

        List<ClauseCount> notHelpfulClauses() {
            return notHelpfulClauses.sorted(ClauseCount::new);
        }

        List<Refusals> refusals() {
            return refusalRules.sorted((rule, n) ->
                    new Refusals(rule, n, refusedQuestions.get(rule).sorted(QuestionCount::new)));
        }

        CouncilSection section(String council) {
            return new CouncilSection(council, helpful, notHelpful, unanswered(), notHelpfulClauses(), refusals());
        }
    }
}
