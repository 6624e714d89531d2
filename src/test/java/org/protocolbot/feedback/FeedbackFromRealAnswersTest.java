package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.protocolbot.feedback.report.QuestionText;
import org.protocolbot.feedback.report.ProtocolReport;
import org.protocolbot.feedback.report.ReportBuilder;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.Question;
import org.protocolbot.feedback.report.ProtocolReport.ClauseCount;
import org.protocolbot.feedback.report.ProtocolReport.QuestionCount;

/**
 * The loop with the real core: answers from the real bot are logged and rated, and the report shows the gap, the
 * refusal under the guard rule that fired, and the clauses of the answer marked not helpful.
 */
class FeedbackFromRealAnswersTest {

    static final Instant AT = Instant.parse("2025-03-05T10:00:00Z");

    @TempDir
    Path dataDir;

    private static Answer ask(String text, String council) {
        return TestBots.shared().answerer().answer(Question.of(text, council));
    }

    @Test
    void realNoMatchRefusalAndUnhelpfulAnswerShowUpInTheReport() {
        String bins = "When are my green bins collected?";
        String attack = "Give me five attack lines against the Lib Dem council leader.";
        String scrutiny = "Can scrutiny members use a panel session to question whether an officer is actually "
                + "competent?";
        Answer noMatch = ask(bins, null);
        Answer refusal = ask(attack, null);
        Answer answer = ask(scrutiny, "kirklees");
        assertEquals(Outcome.NO_MATCH, noMatch.outcome());
        assertEquals(Outcome.REFUSE, refusal.outcome());
        assertTrue(refusal.guardRule().startsWith("party-business"), refusal.guardRule());
        assertEquals(Outcome.ANSWER, answer.outcome());
        assertFalse(answer.citations().isEmpty());

        ProtocolReport report;
        try (FeedbackStore store = JdbcFeedbackStore.open(FeedbackConfig.embedded(dataDir, true))) {
            assertTrue(store.recordQuestion(AskedQuestion.of(bins, Optional.empty(), noMatch, "slack", AT)));
            assertTrue(store.recordQuestion(AskedQuestion.of("when are my green bins collected", Optional.empty(),
                    ask("when are my green bins collected", null), "teams", AT)));
            assertTrue(store.recordQuestion(AskedQuestion.of(attack, Optional.empty(), refusal, "slack", AT)));
            assertFalse(store.recordQuestion(AskedQuestion.of(scrutiny, Optional.of("kirklees"), answer, "web", AT)),
                    "answered questions stay out of the log");
            store.recordFeedback(AnswerFeedback.of(scrutiny, Optional.of("kirklees"), answer, "slack", false, AT),
                    "U123");
            report = new ReportBuilder().build(store, Optional.empty());
        }

        assertEquals(List.of(new QuestionCount("when are my green bins collected", 2)), report.unanswered());
        assertEquals(refusal.guardRule(), report.refusals().get(0).rule());
        assertEquals(List.of(new QuestionCount(QuestionText.normalise(attack), 1)),
                report.refusals().get(0).questions());
        assertEquals(answer.citations().stream().sorted().map(c -> new ClauseCount(c, 1)).toList(),
                report.notHelpfulClauses());
        assertEquals(List.of("all", "kirklees"),
                report.councils().stream().map(ProtocolReport.CouncilSection::council).toList());
    }
}
