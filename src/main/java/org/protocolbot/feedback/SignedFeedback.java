package org.protocolbot.feedback;

import java.util.Objects;

/**
 * A feedback value as this server hands it out: {@link FeedbackSigner}'s MAC, a dot, then the encoded
 * {@link FeedbackPayload}. The surfaces render buttons from this type rather than from a payload, so none of them
 * can hand out an unsigned value by mistake; {@link FeedbackSigner#signed} makes it, once per answer, in the shared
 * conversation step. It goes unchanged into a Slack button's {@code value}, a Teams card's Action.Submit data and
 * the API's {@code feedback} field, and comes back to {@link FeedbackRecorder#click}, which verifies it.
 *
 * @param value at most {@value FeedbackPayload#MAX_ENCODED_LENGTH} characters, Slack's limit on a button value
 */
public record SignedFeedback(String value) {

    public SignedFeedback {
        Objects.requireNonNull(value, "value");
        if (value.length() > FeedbackPayload.MAX_ENCODED_LENGTH) {
            throw new IllegalArgumentException("a feedback value longer than Slack's button value allows: "
                    + value.length() + " characters");
        }
    }
}
