package org.protocolbot.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestSigning;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Outcome;
import org.protocolbot.chat.Surface;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;

/**
 * The one conversation step every surface runs: answer within the user's budget, offer to the question log, attach
 * the signed feedback value; and clicks, verified.
 */
class ConversationTest {

    @Test
    void aQuestionIsAnsweredAndOffersASignedFeedbackValueWhileHelpOffersNone() {
        try (FeedbackStore store = TestStores.temporary()) {
            Conversation conversation = new Conversation(TestBots.shared().chat(), new FeedbackRecorder(store, "slack"));

            Turn answered = conversation.ask("can an officer attend a party group meeting?", Optional.of("kirklees"),
                    Surface.SLACK, "/protocol ", "U1");
            Turn help = conversation.ask("help", Optional.of("kirklees"), Surface.SLACK, "/protocol ", "U1");

            assertEquals(Outcome.ANSWER, answered.answer().outcome());
            FeedbackPayload signed = store.signer().verifiedPayload(answered.feedback().orElseThrow().value());
            assertEquals(answered.answer().citations(), signed.citations(), "the store's own signature over the answer");
            assertEquals(Optional.empty(), help.feedback(), "help is not rated");
        }
    }

    @Test
    void aSignedClickIsThankedAndAnAlteredOrUnsignedOrOtherKeysValueIsToldItIsOutOfDate() {
        try (FeedbackStore store = TestStores.temporary()) {
            Conversation conversation = new Conversation(TestBots.shared().chat(), new FeedbackRecorder(store, "teams"));
            Turn turn = conversation.ask("leeds can officers attend party group meetings?", Optional.empty(),
                    Surface.TEAMS_PERSONAL, "", "29:user");
            String value = turn.feedback().orElseThrow().value();
            FeedbackPayload payload = store.signer().verifiedPayload(value);

            assertEquals(Wording.THANKS, conversation.click(value, true, "29:user"));
            for (String forged : List.of(TestSigning.altered(value), payload.encode(),
                    TestSigning.FIXED.sign(payload), value.substring(0, value.length() / 2))) {
                assertEquals(Wording.STALE_FEEDBACK, conversation.click(forged, true, "29:user"), forged);
            }
            assertEquals(1, store.feedbackSince(Instant.EPOCH).size(), "only the genuine click is stored");
        }
    }

    @Test
    void aUserPastTheirBudgetIsAskedToWaitWithoutAnAnswerWhileOtherUsersAreAnswered() {
        try (FeedbackStore store = TestStores.open(TestStores.newDataDir(), true)) {
            Conversation conversation = new Conversation(TestBots.shared().chat(), new FeedbackRecorder(store, "slack"),
                    PerMinuteBudget.of("test", 2));
            String gap = "what is the weather forecast for the council car park tomorrow";

            for (int i = 0; i < 2; i++) {
                Turn turn = conversation.ask(gap, Optional.empty(), Surface.SLACK, "/protocol ", "U1");
                assertEquals(Outcome.NO_MATCH, turn.answer().outcome());
                assertFalse(turn.budgetSpent());
            }
            Turn over = conversation.ask(gap, Optional.empty(), Surface.SLACK, "/protocol ", "U1");
            Turn someoneElse = conversation.ask(gap, Optional.empty(), Surface.SLACK, "/protocol ", "U2");

            assertTrue(over.budgetSpent());
            assertEquals(Outcome.INFO, over.answer().outcome());
            assertEquals(Wording.TOO_MANY_QUESTIONS, over.answer().lead());
            assertEquals(Optional.empty(), over.feedback(), "nothing to rate");
            assertEquals(Outcome.NO_MATCH, someoneElse.answer().outcome(), "each user has a budget of their own");
            assertEquals(3, store.questionsSince(Instant.EPOCH).size(), "the refused question is not logged");
        }
    }

    @Test
    void theFailureNoticeQuotesTheReferenceItLogged() {
        FailureNotice notice = FailureNotice.create();
        assertTrue(notice.reference().matches("[0-9a-f]{8}"), notice.reference());
        assertEquals(Wording.failure(notice.reference()), notice.text());
        assertTrue(notice.text().contains(notice.reference()));
    }

    @Test
    void everySurfaceNamesItselfInTheStoreAsBefore() {
        assertEquals(List.of("slack", "teams", "teams", "web", "cli"),
                List.of(Surface.values()).stream().map(Surface::adapter).toList());
    }
}
