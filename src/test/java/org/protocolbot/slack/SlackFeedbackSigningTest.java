package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.LoggedWarnings;
import org.protocolbot.TestSigning;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackSigner;
import org.protocolbot.feedback.StoredFeedback;

/**
 * Issue 16 in Slack: a button's value came back as the user's browser sent it, so anyone could craft a
 * block_actions click (Slack signs the request, not the value) rating an answer never given, or another question.
 * Now the value is the server's signed payload: through real Bolt, with WireMock as Slack, a click on the value
 * the bot rendered is recorded, and a value changed by one character or signed with another key records nothing,
 * gets the short "out of date" reply privately, and leaves one WARN line without a stack trace.
 */
class SlackFeedbackSigningTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");
    private static final String QUESTION = "Can an officer attend a party group meeting?";

    @Test
    void theValueTheBotRenderedIsSignedAndItsClickIsRecorded() {
        String value = renderedValue(QUESTION, "signed-ask");
        int before = clicks().size();

        HttpResponse<String> ack = rig.buttonClick(FeedbackButtons.HELPFUL, value, "signed-click");

        assertEquals(200, ack.statusCode());
        assertEquals(Wording.THANKS, onlyReply("signed-click").path("text").asText());
        List<StoredFeedback> after = clicks();
        assertEquals(before + 1, after.size());
        assertEquals(QUESTION, after.get(after.size() - 1).feedback().question());
        assertTrue(after.get(after.size() - 1).feedback().helpful());
    }

    @Test
    void aValueWithOneCharacterChangedIsNotRecordedAndTheUserIsToldPolitely() {
        String altered = TestSigning.altered(renderedValue(QUESTION, "altered-ask"));

        assertRefused(altered, "altered-click");
    }

    @Test
    void aValueSignedWithAnotherKeyIsNotRecorded() {
        FeedbackPayload genuine = rig.feedback.signer().verifiedPayload(renderedValue(QUESTION, "other-key-ask"));
        // The same payload, for another question too: a signature this server did not make covers neither.
        FeedbackPayload otherQuestion = new FeedbackPayload("Can I write a leaflet?", genuine.council(),
                genuine.outcome(), genuine.citations());

        assertRefused(TestSigning.FIXED.sign(genuine), "other-key-click");
        assertRefused(TestSigning.FIXED.sign(otherQuestion), "other-question-click");
    }

    @Test
    void aQuestionTooLongForAButtonIsCutToFitSlacksLimitAndItsClickStillVerifies() {
        // Quotes and backslashes double in JSON, so the payload grows faster than the question.
        String longQuestion = "can an officer attend a \"party group\" \\ meeting " + "and \"brief\" it ".repeat(200);

        String value = renderedValue(longQuestion, "long-ask");
        HttpResponse<String> ack = rig.buttonClick(FeedbackButtons.NOT_HELPFUL, value, "long-click");

        assertTrue(value.length() <= FeedbackPayload.MAX_ENCODED_LENGTH, "button value of " + value.length());
        assertEquals(200, ack.statusCode());
        assertEquals(Wording.THANKS, onlyReply("long-click").path("text").asText());
        String stored = clicks().get(clicks().size() - 1).feedback().question();
        assertTrue(longQuestion.startsWith(stored) && stored.length() < longQuestion.length(), stored);
    }

    private static void assertRefused(String forged, String responseUrlName) {
        int before = clicks().size();
        try (LoggedWarnings warnings = LoggedWarnings.from(FeedbackRecorder.class)) {
            HttpResponse<String> ack = rig.buttonClick(FeedbackButtons.HELPFUL, forged, responseUrlName);

            assertEquals(200, ack.statusCode(), "acknowledged, as every click must be within three seconds");
            JsonNode reply = onlyReply(responseUrlName);
            assertEquals(Wording.STALE_FEEDBACK, reply.path("text").asText(), reply.toString());
            assertEquals("ephemeral", reply.path("response_type").asText(), "only the person who clicked sees it");
            assertEquals(before, clicks().size(), "nothing recorded");
            assertEquals(1, warnings.messages().size(), warnings.messages().toString());
            assertTrue(warnings.messages().get(0).startsWith("Refused a slack feedback click"), warnings.messages().get(0));
            assertFalse(warnings.anyStackTrace());
            assertFalse(warnings.messages().get(0).contains(forged.substring(FeedbackSigner.SIGNATURE_LENGTH)),
                    "the client's value is not copied into the log");
        }
    }

    /** Asks through {@code /protocol} and returns the value the answer's "Helpful" button carries. */
    private static String renderedValue(String question, String responseUrlName) {
        rig.slashCommand("/protocol", question, responseUrlName);
        JsonNode blocks = onlyReply(responseUrlName).get("blocks");
        for (JsonNode block : blocks) {
            if (FeedbackButtons.HELPFUL.equals(block.at("/elements/0/action_id").asText())) {
                return block.at("/elements/0/value").asText();
            }
        }
        throw new AssertionError("no feedback buttons under the answer: " + blocks);
    }

    private static JsonNode onlyReply(String responseUrlName) {
        List<JsonNode> posts = rig.responseUrlPosts(responseUrlName);
        assertEquals(1, posts.size(), posts.toString());
        return posts.get(0);
    }

    private static List<StoredFeedback> clicks() {
        return rig.feedback.feedbackSince(Instant.EPOCH);
    }
}
