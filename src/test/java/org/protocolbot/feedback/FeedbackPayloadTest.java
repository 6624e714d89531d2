package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.protocolbot.answer.Outcome;

/** The value a feedback button carries: exact JSON, a round trip, Slack's length limit and forged values. */
class FeedbackPayloadTest {

    @Test
    void encodesCompactJsonWithTheAnswersOutcomeAndCitations() {
        FeedbackPayload payload = FeedbackPayload.of("Can I attend?", Optional.of("kirklees"),
                FeedbackValuesTest.answer(Outcome.ANSWER, "", "6.3", "6.4"));
        assertEquals("{\"question\":\"Can I attend?\",\"council\":\"kirklees\",\"outcome\":\"answer\","
                + "\"citations\":[\"kirklees:6.3\",\"kirklees:6.4\"]}", payload.encode());
        assertEquals(payload, FeedbackPayload.decode(payload.encode()));
    }

    @Test
    void becomesTheClickToRecord() {
        FeedbackPayload payload = new FeedbackPayload("Gifts?", Optional.empty(), "no_match", List.of());
        Instant at = Instant.parse("2025-03-05T10:00:00Z");
        assertEquals(new AnswerFeedback("Gifts?", "no_match", Optional.empty(), List.of(), "teams", false, at),
                FeedbackPayload.decode(payload.encode()).toFeedback("teams", false, at));
    }

    @Test
    void aLongQuestionFullOfEscapesIsCutToFitSlacksLimit() {
        FeedbackPayload payload = new FeedbackPayload("\"quoted\" \\ ".repeat(300), Optional.of("leeds"), "answer",
                List.of("leeds:7.4"));
        String encoded = payload.encode();
        assertTrue(encoded.length() <= FeedbackPayload.MAX_ENCODED_LENGTH, "length " + encoded.length());
        assertTrue(encoded.length() >= FeedbackPayload.MAX_ENCODED_LENGTH - 2, "cut no more than needed: " + encoded.length());
        FeedbackPayload decoded = FeedbackPayload.decode(encoded);
        assertTrue(payload.question().startsWith(decoded.question()));
        assertEquals(List.of("leeds:7.4"), decoded.citations());
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        FeedbackPayload payload = new FeedbackPayload("\uD83D\uDE00".repeat(1000), Optional.empty(), "answer",
                List.of());
        String question = FeedbackPayload.decode(payload.encode()).question();
        assertEquals(0, question.length() % 2, "whole emoji only");
        assertTrue(question.codePoints().allMatch(c -> c == 0x1F600));
    }

    @Test
    void somethingElseInTheButtonValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> FeedbackPayload.decode("helpful"));
        assertThrows(IllegalArgumentException.class, () -> FeedbackPayload.decode("{\"question\":\"q\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> FeedbackPayload.decode("{\"question\":\"q\",\"outcome\":\"answer\",\"citations\":\"x\"}"));
        assertThrows(IllegalArgumentException.class,
                () -> FeedbackPayload.decode("{\"question\":\"q\",\"outcome\":\"" + "o".repeat(100)
                        + "\",\"citations\":[]}"));
    }
}
