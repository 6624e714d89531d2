package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolbot.LoggedWarnings;
import org.protocolbot.TestSigning;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.StoredFeedback;

/**
 * Issue 16 in Teams: an Action.Submit's data comes back as the client sends it, and any Teams client can send a
 * message activity with any {@code value}, so a user could rate an answer never given, or another question. Now
 * the card carries the server's signed payload: through the real botbuilder handler, with WireMock as Microsoft,
 * the data the bot put on the card is recorded when submitted, and data changed by one character or signed with
 * another key records nothing, gets the short "out of date" reply, and leaves one WARN line without a stack trace.
 */
class TeamsFeedbackSigningTest extends TeamsHarness {

    private static final String QUESTION = "Can an officer attend a party group meeting?";

    @Test
    void theDataTheBotPutOnTheCardIsSignedAndItsSubmitIsRecorded() {
        String value = cardValue(QUESTION);

        submit(value, true, "1700000400101");

        assertEquals(Wording.THANKS, onlyReplyText());
        List<StoredFeedback> stored = feedback.feedbackSince(Instant.EPOCH);
        assertEquals(1, stored.size());
        assertEquals(QUESTION, stored.get(0).feedback().question());
        assertEquals("teams", stored.get(0).feedback().adapter());
    }

    @Test
    void dataWithOneCharacterChangedIsNotRecordedAndTheUserIsToldPolitely() {
        String altered = TestSigning.altered(cardValue(QUESTION));

        assertRefused(altered, "1700000400102");
    }

    @Test
    void dataSignedWithAnotherKeyIsNotRecorded() {
        FeedbackPayload genuine = feedback.signer().verifiedPayload(cardValue(QUESTION));
        FeedbackPayload otherQuestion = new FeedbackPayload("Can I write a leaflet?", genuine.council(),
                genuine.outcome(), genuine.citations());

        assertRefused(TestSigning.FIXED.sign(genuine), "1700000400103");
        assertRefused(TestSigning.FIXED.sign(otherQuestion), "1700000400104");
        assertRefused(genuine.encode(), "1700000400105");
    }

    private void assertRefused(String forged, String activityId) {
        try (LoggedWarnings warnings = LoggedWarnings.from(FeedbackRecorder.class)) {
            submit(forged, true, activityId);

            assertEquals(Wording.STALE_FEEDBACK, onlyReplyText());
            assertEquals(List.of(), feedback.feedbackSince(Instant.EPOCH), "nothing recorded");
            assertEquals(1, warnings.messages().size(), warnings.messages().toString());
            assertTrue(warnings.messages().get(0).startsWith("Refused a teams feedback click"), warnings.messages().get(0));
            assertFalse(warnings.anyStackTrace());
        }
    }

    /** Asks in the personal chat and returns the payload the card's "Helpful" button submits. */
    private String cardValue(String question) {
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000400100", question));
        JsonNode data = postedCard().at("/actions/0/data");
        assertEquals("helpful", data.path("feedback").asText(), data.toString());
        MICROSOFT.resetRequests();
        return data.path("payload").asText();
    }

    /** The submit Teams sends for a click, with {@code payload} as the button's data. */
    private void submit(String payload, boolean helpful, String activityId) {
        String data = new FeedbackSubmit(helpful, payload).data().toString();
        assertEquals(200, postSigned(TeamsActivities.cardSubmit(microsoft.serviceUrl(), activityId, "1700000409999",
                data)).statusCode());
    }

    private String onlyReplyText() {
        String text = BotFrameworkStandIn.json(microsoft.onlyReply()).path("text").asText();
        MICROSOFT.resetRequests();
        return text;
    }
}
