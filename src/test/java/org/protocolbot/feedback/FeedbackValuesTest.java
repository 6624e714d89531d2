package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.QuotedClause;

/** Building feedback and logged questions from the core's Answer, and the limits that keep inserts valid. */
class FeedbackValuesTest {

    static final Instant AT = Instant.parse("2025-03-05T10:00:00Z");

    static Answer answer(Outcome outcome, String guardRule, String... clauses) {
        List<QuotedClause> quotes = Arrays.stream(clauses)
                .map(c -> new QuotedClause(new ClauseCitation("kirklees", "Kirklees Council", c, "Heading"), "text"))
                .toList();
        return new Answer(outcome, "lead", quotes, "", guardRule, "full text");
    }

    @Test
    void feedbackTakesTheOutcomeWireNameAndCitationsFromTheAnswer() {
        AnswerFeedback feedback = AnswerFeedback.of("Can I attend?", Optional.of("kirklees"),
                answer(Outcome.ANSWER, "", "6.3", "6.4"), "slack", false, AT);
        assertEquals(new AnswerFeedback("Can I attend?", "answer", Optional.of("kirklees"),
                List.of("kirklees:6.3", "kirklees:6.4"), "slack", false, AT), feedback);
    }

    @Test
    void aLoggedQuestionKeepsTheGuardRuleOnlyWhenOneFired() {
        AskedQuestion refused = AskedQuestion.of("Write my leaflet", Optional.empty(),
                answer(Outcome.REFUSE, "party-business", "6.3"), "teams", AT);
        assertEquals(new AskedQuestion("Write my leaflet", Optional.empty(), "refuse", Optional.of("party-business"),
                "teams", AT), refused);
        AskedQuestion unanswered = AskedQuestion.of("Gifts?", Optional.of("leeds"), answer(Outcome.NO_MATCH, ""),
                "web", AT);
        assertEquals(Optional.empty(), unanswered.guardRule());
    }

    @Test
    void onlyNoMatchAndRefusalsAreWorthLogging() {
        assertTrue(AskedQuestion.of("q", Optional.empty(), answer(Outcome.NO_MATCH, ""), "web", AT).worthLogging());
        assertTrue(AskedQuestion.of("q", Optional.empty(), answer(Outcome.REFUSE, "r"), "web", AT).worthLogging());
        assertFalse(AskedQuestion.of("q", Optional.empty(), answer(Outcome.ANSWER, ""), "web", AT).worthLogging());
        assertFalse(AskedQuestion.of("q", Optional.empty(), answer(Outcome.INFO, ""), "web", AT).worthLogging());
    }

    @Test
    void aLongQuestionIsCutToTheColumnSizeAndOversizedNamesAreRejected() {
        AnswerFeedback longQuestion = new AnswerFeedback("x".repeat(5000), "answer", Optional.empty(), List.of(),
                "slack", true, AT);
        assertEquals(StoredText.MAX_QUESTION_LENGTH, longQuestion.question().length());
        AnswerFeedback emoji = new AnswerFeedback("x" + "\uD83D\uDE00".repeat(1500), "answer", Optional.empty(),
                List.of(), "slack", true, AT);
        assertEquals(StoredText.MAX_QUESTION_LENGTH - 1, emoji.question().length(), "no half emoji at the cut");
        assertThrows(IllegalArgumentException.class, () -> new AnswerFeedback("q", "answer", Optional.empty(),
                List.of(), "a".repeat(65), true, AT));
        assertThrows(IllegalArgumentException.class, () -> new AnswerFeedback("q", "answer", Optional.empty(),
                List.of("k:" + "1".repeat(200)), "slack", true, AT));
        assertThrows(IllegalArgumentException.class, () -> new AskedQuestion("q", Optional.of("c".repeat(65)),
                "no_match", Optional.empty(), "slack", AT));
    }
}
