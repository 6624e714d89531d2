package org.protocolbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;

/** Replies through a {@code response_url}: who sees them, and whether Slack took them. */
final class ResponseUrls {

    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";

    private ResponseUrls() {
    }

    /** Replies to a button click as a new message; the message with the button stays as it was. */
    static void respond(ActionContext context, String responseType, SlackMessage message) throws IOException, SlackRejected {
        check(context.respond(ActionResponse.builder()
                .responseType(responseType)
                .replaceOriginal(false)
                .text(message.text())
                .blocks(message.blocks())
                .build()));
    }

    /**
     * Slack answers a response_url post with 200 and "ok"; anything else means the user saw nothing. (Bolt's
     * response carries no headers, so a 429 here is retried after the backoff pause, not a Retry-After.)
     */
    static void check(WebhookResponse response) throws SlackRejected {
        if (response.getCode() == null || response.getCode() != 200) {
            // The body is Slack's short error code (e.g. "invalid_blocks"); the URL itself is never logged.
            throw new SlackRejected("response_url", response.getCode() == null ? 0 : response.getCode(), response.getBody());
        }
    }
}
