package org.protocolbot.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Outcome;
import org.protocolbot.chat.Surface;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackStore;

/** The one conversation step every surface runs: answer, offer to the question log, attach feedback; and clicks. */
class ConversationTest {

    @Test
    void aQuestionIsAnsweredAndOffersFeedbackWhileHelpOffersNone() {
        try (FeedbackStore store = TestStores.temporary()) {
            Conversation conversation = new Conversation(TestBots.shared().chat(), new FeedbackRecorder(store, "slack"));

            Turn answered = conversation.ask("can an officer attend a party group meeting?", Optional.of("kirklees"),
                    Surface.SLACK);
            Turn help = conversation.ask("help", Optional.of("kirklees"), Surface.SLACK);

            assertEquals(Outcome.ANSWER, answered.answer().outcome());
            assertEquals(answered.answer().citations(), answered.feedback().orElseThrow().citations());
            assertEquals(Optional.empty(), help.feedback(), "help is not rated");
        }
    }

    @Test
    void aClickIsThankedAndAValueTheBotDidNotWriteIsToldItIsOutOfDate() {
        try (FeedbackStore store = TestStores.temporary()) {
            Conversation conversation = new Conversation(TestBots.shared().chat(), new FeedbackRecorder(store, "teams"));
            Turn turn = conversation.ask("leeds can officers attend party group meetings?", Optional.empty(),
                    Surface.TEAMS_PERSONAL);
            String value = turn.feedback().orElseThrow().encode();

            assertEquals(Wording.THANKS, conversation.click(value, true, "29:user"));
            assertEquals(Wording.STALE_FEEDBACK, conversation.click(value.substring(0, value.length() / 2), true, "29:user"));
            assertEquals(1, store.feedbackSince(Instant.EPOCH).size(), "only the genuine click is stored");
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
