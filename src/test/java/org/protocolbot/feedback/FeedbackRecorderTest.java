package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.protocolbot.TestSigning;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Outcome;

/** The part every surface shares: which replies get buttons, what a click stores, and the opt-in question log. */
class FeedbackRecorderTest {

    static final Instant AT = Instant.parse("2025-03-05T10:00:00Z");
    static final Clock CLOCK = Clock.fixed(AT, ZoneOffset.UTC);

    @Test
    void answersRefusalsAndNoMatchesGetButtonsButInformationDoesNot() {
        for (Outcome outcome : List.of(Outcome.ANSWER, Outcome.REFUSE, Outcome.NO_MATCH)) {
            assertEquals(Optional.of(new FeedbackPayload("q", Optional.of("leeds"), outcome.wireName(), List.of())),
                    FeedbackPayload.offeredFor("q", Optional.of("leeds"), FeedbackValuesTest.answer(outcome, "")));
        }
        assertEquals(Optional.empty(),
                FeedbackPayload.offeredFor("help", Optional.empty(), FeedbackValuesTest.answer(Outcome.INFO, "")));
    }

    @Test
    void aClickIsStoredUnderTheAdapterWithTheClocksTimeAndOnlyAHashOfTheUser() {
        Path dir = TestStores.newDataDir();
        try (FeedbackStore store = TestStores.open(dir, false)) {
            FeedbackRecorder recorder = new FeedbackRecorder(store, "teams", CLOCK);
            String payload = store.signer().sign(FeedbackPayload.of("Can I attend?", Optional.of("kirklees"),
                    FeedbackValuesTest.answer(Outcome.ANSWER, "", "6.3")));

            assertEquals("Thanks for the feedback.", recorder.click(payload, false, "29:secret-user-id"));

            List<StoredFeedback> stored = store.feedbackSince(Instant.EPOCH);
            assertEquals(1, stored.size());
            assertEquals(new AnswerFeedback("Can I attend?", "answer", Optional.of("kirklees"),
                    List.of("kirklees:6.3"), "teams", false, AT), stored.get(0).feedback());
            Map<String, String> row = TestStores.rows(dir, "SELECT * FROM feedback").get(0);
            assertFalse(row.toString().contains("secret-user-id"), "the raw id is never stored: " + row);
            assertTrue(row.get("user_hash").matches("[0-9a-f]{64}"), row.get("user_hash"));
        }
    }

    @Test
    void aValueTheBotDidNotWriteOrSignIsRefusedAndNothingIsStored() {
        try (FeedbackStore store = TestStores.temporary()) {
            FeedbackRecorder recorder = new FeedbackRecorder(store, "slack", CLOCK);
            FeedbackPayload payload = FeedbackPayload.of("Can I attend?", Optional.empty(),
                    FeedbackValuesTest.answer(Outcome.ANSWER, "", "6.3"));
            String signed = store.signer().sign(payload);

            for (String forged : List.of("helpful", payload.encode(), TestSigning.altered(signed),
                    TestSigning.FIXED.sign(payload))) {
                assertThrows(IllegalArgumentException.class, () -> recorder.click(forged, true, "U1"), forged);
            }
            assertEquals(List.of(), store.feedbackSince(Instant.EPOCH));
        }
    }

    @Test
    void theQuestionLogKeepsGapsAndRefusalsOnlyWhenSwitchedOn() {
        try (FeedbackStore on = TestStores.open(TestStores.newDataDir(), true);
                FeedbackStore off = TestStores.temporary()) {
            for (FeedbackStore store : List.of(on, off)) {
                FeedbackRecorder recorder = new FeedbackRecorder(store, "web", CLOCK);
                recorder.answered("Gifts?", Optional.of("leeds"), FeedbackValuesTest.answer(Outcome.NO_MATCH, ""));
                recorder.answered("Write my leaflet", Optional.empty(),
                        FeedbackValuesTest.answer(Outcome.REFUSE, "party-business", "6.3"));
                recorder.answered("Can I attend?", Optional.empty(), FeedbackValuesTest.answer(Outcome.ANSWER, "", "6.3"));
            }
            assertEquals(List.of(
                    new AskedQuestion("Gifts?", Optional.of("leeds"), "no_match", Optional.empty(), "web", AT),
                    new AskedQuestion("Write my leaflet", Optional.empty(), "refuse", Optional.of("party-business"),
                            "web", AT)), on.questionsSince(Instant.EPOCH));
            assertEquals(List.of(), off.questionsSince(Instant.EPOCH));
        }
    }

    @Test
    void aBrokenDatabaseNeverCostsTheUserTheirAnswer() {
        FeedbackStore closed = TestStores.open(TestStores.newDataDir(), true);
        closed.close();
        FeedbackRecorder recorder = new FeedbackRecorder(closed, "slack", CLOCK);

        recorder.answered("Gifts?", Optional.empty(), FeedbackValuesTest.answer(Outcome.NO_MATCH, ""));

        String payload = closed.signer().sign(FeedbackPayload.of("q", Optional.empty(),
                FeedbackValuesTest.answer(Outcome.NO_MATCH, "")));
        assertThrows(FeedbackStoreException.class, () -> recorder.click(payload, true, "U1"),
                "a click the database cannot take is reported, so the surface can apologise");
    }
}
