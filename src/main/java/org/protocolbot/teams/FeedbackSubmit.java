package org.protocolbot.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import java.util.Optional;

/**
 * A click on an answer card's "Helpful" / "Not helpful" button. The card's Action.Submit carries
 * {@code {"feedback": "helpful" | "not_helpful", "payload": "<signed feedback value>"}}, which Teams sends back as
 * the {@code value} of a message activity with no text. Both sides of that exchange are written here. Anyone can
 * send a message activity with any value from a Teams client, so the payload is only what the user claims: it is
 * verified ({@link org.protocolbot.feedback.FeedbackRecorder#click}) before anything is recorded.
 *
 * @param helpful whether the user clicked "Helpful"
 * @param payload the {@link org.protocolbot.feedback.SignedFeedback} value the button carried, as received
 */
record FeedbackSubmit(boolean helpful, String payload) {

    private static final String FEEDBACK = "feedback";
    private static final String PAYLOAD = "payload";
    private static final String HELPFUL = "helpful";
    private static final String NOT_HELPFUL = "not_helpful";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The Action.Submit data for one button. */
    ObjectNode data() {
        return JsonNodeFactory.instance.objectNode().put(FEEDBACK, helpful ? HELPFUL : NOT_HELPFUL).put(PAYLOAD, payload);
    }

    /** The click an activity carries, or empty for an ordinary message (or a card submit that is not ours). */
    static Optional<FeedbackSubmit> from(Activity activity) {
        if (activity.getValue() == null) {
            return Optional.empty();
        }
        JsonNode data = JSON.valueToTree(activity.getValue());
        String feedback = data.path(FEEDBACK).asText("");
        if (!data.path(PAYLOAD).isTextual() || !(feedback.equals(HELPFUL) || feedback.equals(NOT_HELPFUL))) {
            return Optional.empty();
        }
        return Optional.of(new FeedbackSubmit(feedback.equals(HELPFUL), data.path(PAYLOAD).asText()));
    }
}
