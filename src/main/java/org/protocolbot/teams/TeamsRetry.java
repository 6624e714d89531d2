package org.protocolbot.teams;

import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.delivery.RetriedSend.Verdict;

/**
 * When a Teams reply is retried: the Bot Connector answering 408, 429 or 5xx, or the connection failing.
 *
 * <p>botbuilder's own HTTP client already repeats a request that got 408 or 5xx, but at once and only three times,
 * so a connector down for a second still lost the answer (the user got the apology); it never retries 429. Each
 * whole send is therefore retried, up to four times over about 3.5 s, well inside the 15 s the Bot Framework waits
 * for our response to its request; a Retry-After up to 4 s is honoured, a longer one ends the retries. A card Teams
 * rejects (400) or a refused token is not transient and fails at once, as before.
 */
final class TeamsRetry implements RetriedSend.Classifier {

    static final RetriedSend.Policy POLICY = new RetriedSend.Policy(4, Duration.ofMillis(500), Duration.ofSeconds(4),
            Duration.ofSeconds(4));
    private static final String WHAT = "Teams reply";

    private TeamsRetry() {
    }

    static RetriedSend standard() {
        return new RetriedSend(WHAT, POLICY, new TeamsRetry());
    }

    /** With the given scheduler for the pauses: tests record them instead of waiting. */
    static RetriedSend scheduledBy(ScheduledExecutorService scheduler) {
        return new RetriedSend(WHAT, POLICY, new TeamsRetry(), scheduler);
    }

    @Override
    public Verdict classify(Throwable failure) {
        if (failure instanceof RestException rest && rest.response() != null) {
            return Verdict.forStatus(rest.response().code(),
                    Verdict.retryAfterSeconds(rest.response().headers().get("Retry-After")));
        }
        return RetriedSend.caused(failure, IOException.class) ? Verdict.retry() : Verdict.permanent();
    }

    @Override
    public String describe(Throwable failure) {
        return failure instanceof RestException rest && rest.response() != null
                ? "HTTP " + rest.response().code()
                : failure.getClass().getSimpleName();
    }
}
