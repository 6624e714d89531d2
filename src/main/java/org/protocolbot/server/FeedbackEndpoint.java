package org.protocolbot.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackSigner;

/**
 * {@code POST /api/feedback}: {@code {"payload": "<the answer's feedback value>", "helpful": true|false}}, sent by
 * the try-it page's "Helpful" / "Not helpful" buttons. The page keeps no identifier for its visitors (no cookie, no
 * local storage), so every web click is stored under the one anonymous web user: the report counts web clicks, not
 * web visitors.
 *
 * <p>Forgery is refused in three ways (issue 16): the value must carry this server's signature
 * ({@link FeedbackSigner}), so only answers it gave can be rated; the request must be {@code application/json}
 * from the page's own origin, which a form or a plain-text POST from another site cannot be; and each client has
 * a budget of clicks per minute.
 */
final class FeedbackEndpoint implements Handler {

    static final int MAX_BODY_BYTES = 8 * 1024;
    /** Clicks one client address may send per minute: far above a person reading answers, far below a script. */
    static final int CLICKS_PER_MINUTE = 60;
    /** The one "user" every web click is counted under; the store keeps only its hash. */
    static final String ANONYMOUS_WEB_USER = "web-anonymous";
    private static final String EXAMPLE = "{\"payload\": \"<the feedback value from /api/ask>\", \"helpful\": true}";

    private final JsonBodies bodies;
    private final FeedbackRecorder recorder;
    private final ClientRateLimits limits = new ClientRateLimits("feedback", CLICKS_PER_MINUTE);

    /** @param recorder verifies each value's signature ({@link FeedbackSigner}) before it records anything */
    FeedbackEndpoint(JsonBodies bodies, FeedbackRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @Override
    public void handle(Context ctx) {
        SameOrigin.require(ctx);
        if (!"application/json".equalsIgnoreCase(mediaType(ctx.contentType()))) {
            throw ApiError.unsupportedMediaType("Send the click as Content-Type: application/json: " + EXAMPLE + ".");
        }
        limits.require(ctx);
        ObjectNode body = bodies.readObject(ctx, EXAMPLE);
        JsonNode payload = body.get("payload");
        JsonNode helpful = body.get("helpful");
        if (payload == null || !payload.isTextual() || helpful == null || !helpful.isBoolean()) {
            throw ApiError.badRequest("Send the answer's feedback value and whether it helped: " + EXAMPLE + ".");
        }
        String thanks;
        try {
            thanks = recorder.click(payload.asText(), helpful.asBoolean(), ANONYMOUS_WEB_USER);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("That is not a feedback value from this server. Send the \"feedback\" field of "
                    + "an answer from /api/ask or /api/compare.");
        }
        ctx.json(Map.of("message", thanks));
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    }
}
