package org.protocolbot.slack;

import com.slack.api.methods.SlackApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.delivery.RetriedSend.Verdict;

/**
 * When a reply to Slack is sent again: Slack rate-limiting us (HTTP 429 with {@code Retry-After}, or
 * {@code ratelimited}), a server error (5xx, or {@code internal_error}, {@code service_unavailable},
 * {@code request_timeout}), or a failed connection. Neither Bolt nor the Slack SDK retries a reply, so without
 * this the answer was lost. A reply Slack refuses for what it is ({@code invalid_blocks}, {@code msg_too_long}, an
 * expired {@code response_url}) is not sent again: the user gets the apology. The pauses (1, 2, 4 s, or the
 * Retry-After Slack asks for, up to a minute) never hold a thread; a {@code response_url} stays valid for 30 minutes.
 */
final class SlackRetry implements RetriedSend.Classifier {

    static final RetriedSend.Policy POLICY = new RetriedSend.Policy(4, Duration.ofSeconds(1), Duration.ofSeconds(8),
            Duration.ofSeconds(60));
    private static final String WHAT = "Slack reply";
    /** Slack's error codes for a failure on its side that may pass; fatal_error may have half-succeeded, so not it. */
    private static final Set<String> TRANSIENT_ERRORS = Set.of("ratelimited", "internal_error", "service_unavailable",
            "request_timeout");

    private SlackRetry() {
    }

    static RetriedSend standard() {
        return new RetriedSend(WHAT, POLICY, new SlackRetry());
    }

    /** With the given scheduler for the pauses: tests record them instead of waiting. */
    static RetriedSend scheduledBy(ScheduledExecutorService scheduler) {
        return new RetriedSend(WHAT, POLICY, new SlackRetry(), scheduler);
    }

    @Override
    public Verdict classify(Throwable failure) {
        if (failure instanceof SlackRejected rejected) {
            // Neither an ok:false answer nor Bolt's response_url result carries Slack's Retry-After: the backoff stands.
            return TRANSIENT_ERRORS.contains(rejected.error())
                    ? Verdict.retry()
                    : Verdict.forStatus(rejected.status(), Optional.empty());
        }
        if (failure instanceof SlackApiException api && api.getResponse() != null) {
            return Verdict.forStatus(api.getResponse().code(),
                    Verdict.retryAfterSeconds(api.getResponse().header("Retry-After")));
        }
        return RetriedSend.caused(failure, IOException.class) ? Verdict.retry() : Verdict.permanent();
    }

    @Override
    public String describe(Throwable failure) {
        if (failure instanceof SlackRejected rejected) {
            return "HTTP " + rejected.status() + (rejected.error().isEmpty() ? "" : " " + rejected.error());
        }
        if (failure instanceof SlackApiException api && api.getResponse() != null) {
            return "HTTP " + api.getResponse().code();
        }
        return failure.getClass().getSimpleName();
    }
}
