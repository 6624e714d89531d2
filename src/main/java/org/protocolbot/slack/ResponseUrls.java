package org.protocolbot.slack;

import com.slack.api.webhook.WebhookResponse;
import java.util.Optional;

/** Replies through a {@code response_url}: who sees them, and whether Slack took them. */
final class ResponseUrls {

    static final String EPHEMERAL = "ephemeral";
    static final String IN_CHANNEL = "in_channel";

    private ResponseUrls() {
    }

    /**
     * Slack answers a response_url post with 200 and "ok"; anything else means the user saw nothing. (Bolt's
     * response carries no headers, so a 429 here is retried after the backoff pause, not a Retry-After.)
     */
    static void check(WebhookResponse response) throws SlackRejected {
        if (response.getCode() == null || response.getCode() != 200) {
            // The body is Slack's short error code (e.g. "invalid_blocks"); the URL itself is never logged.
            throw new SlackRejected("response_url", response.getCode() == null ? 0 : response.getCode(),
                    response.getBody(), Optional.empty());
        }
    }
}
