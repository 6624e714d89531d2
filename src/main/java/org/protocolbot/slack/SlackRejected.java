package org.protocolbot.slack;

/**
 * Slack did not take a reply: a Web API call that answered {@code ok: false}, or a {@code response_url} that
 * answered other than 200. Carries only Slack's short error code and status, never the URL or a token.
 *
 * @see SlackRetry for which of these are worth sending again
 */
final class SlackRejected extends Exception {

    private final int status;
    private final String error;

    /**
     * @param status the HTTP status (200 for a Web API {@code ok: false})
     * @param error  Slack's error code, e.g. {@code invalid_blocks} or {@code ratelimited}
     */
    SlackRejected(String what, int status, String error) {
        super(what + " rejected the reply: HTTP " + status + " " + error);
        this.status = status;
        this.error = error == null ? "" : error;
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }
}
