package org.protocolbot.teams;

import com.microsoft.bot.restclient.RestException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reply again, after a growing pause, when the Bot Connector is briefly unavailable (HTTP 408, 429 or 5xx,
 * or no connection), so a short outage delays an answer instead of losing it.
 *
 * <p>botbuilder's own HTTP client already repeats a request that got 408 or 5xx, but at once and only three times,
 * so a connector that is down for a second still loses the answer; it does not retry 429 at all. This wraps each
 * whole send: pauses of {@code firstPause}, then doubling, up to {@code maxPause}; a 429's {@code Retry-After} is
 * honoured when it is longer than the pause and within {@code maxPause} (a longer wait is beyond what the Bot
 * Framework's own request will wait for, so the error then stands). Other errors (a card Teams rejects, a refused
 * token) are not transient and fail at once. The pauses never block a thread.
 */
final class ReplyRetry {

    /**
     * @param attempts   sends in all, the first included
     * @param firstPause pause before the second send; each later pause doubles
     * @param maxPause   the longest pause, and the longest Retry-After honoured
     */
    record Policy(int attempts, Duration firstPause, Duration maxPause) {
        /** Four sends over about 3.5 s: well inside the 15 s the Bot Framework waits for our reply to its request. */
        static final Policy DEFAULT = new Policy(4, Duration.ofMillis(500), Duration.ofSeconds(4));

        Policy {
            if (attempts < 1 || firstPause.isNegative() || maxPause.compareTo(firstPause) < 0) {
                throw new IllegalArgumentException("a retry policy needs at least one attempt and maxPause >= firstPause");
            }
        }

        Duration pauseBefore(int attempt) {
            Duration pause = firstPause.multipliedBy(1L << Math.min(attempt - 2, 20));
            return pause.compareTo(maxPause) > 0 ? maxPause : pause;
        }
    }

    /** Where the continuation after a pause runs: a delayed executor in production, a recording one in tests. */
    interface Pauses {
        Executor after(Duration pause);

        Pauses REAL = pause -> CompletableFuture.delayedExecutor(pause.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReplyRetry.class);

    private final Policy policy;
    private final Pauses pauses;

    ReplyRetry(Policy policy, Pauses pauses) {
        this.policy = policy;
        this.pauses = pauses;
    }

    static ReplyRetry standard() {
        return new ReplyRetry(Policy.DEFAULT, Pauses.REAL);
    }

    /** Runs {@code send} (which must build a fresh request each time) until it succeeds or may not be retried. */
    <T> CompletableFuture<T> send(Supplier<CompletableFuture<T>> send) {
        return attempt(send, 1);
    }

    private <T> CompletableFuture<T> attempt(Supplier<CompletableFuture<T>> send, int attempt) {
        return start(send).handle((result, error) -> {
            if (error == null) {
                return CompletableFuture.completedFuture(result);
            }
            Optional<Duration> pause = attempt < policy.attempts() ? pauseAfter(error, attempt + 1) : Optional.empty();
            if (pause.isEmpty()) {
                return CompletableFuture.<T>failedFuture(error);
            }
            LOG.warn("Teams reply failed ({}); sending again in {} ms (attempt {} of {})", describe(error),
                    pause.get().toMillis(), attempt + 1, policy.attempts());
            return CompletableFuture.supplyAsync(() -> null, pauses.after(pause.get()))
                    .thenCompose(ignored -> attempt(send, attempt + 1));
        }).thenCompose(next -> next);
    }

    private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> send) {
        try {
            return send.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The pause before attempt {@code next}, or empty when the error is not worth retrying. */
    private Optional<Duration> pauseAfter(Throwable error, int next) {
        Throwable cause = unwrapped(error);
        Duration backoff = policy.pauseBefore(next);
        if (cause instanceof RestException rest && rest.response() != null) {
            int status = rest.response().code();
            if (status == 429) {
                Optional<Duration> asked = retryAfter(rest);
                if (asked.isPresent() && asked.get().compareTo(policy.maxPause()) > 0) {
                    return Optional.empty();
                }
                return Optional.of(asked.filter(a -> a.compareTo(backoff) > 0).orElse(backoff));
            }
            return transientStatus(status) ? Optional.of(backoff) : Optional.empty();
        }
        return hasCause(error, IOException.class) ? Optional.of(backoff) : Optional.empty();
    }

    /** Timeouts and server errors, but not 501 Not Implemented or 505 HTTP Version Not Supported, which stay so. */
    private static boolean transientStatus(int status) {
        return status == 408 || (status >= 500 && status <= 599 && status != 501 && status != 505);
    }

    private static Optional<Duration> retryAfter(RestException rest) {
        String header = rest.response().headers().get("Retry-After");
        try {
            return header == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
        } catch (NumberFormatException e) {
            return Optional.empty(); // an HTTP date: rare from the Bot Connector; the backoff pause stands
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = unwrapped(error);
        if (cause instanceof RestException rest && rest.response() != null) {
            return "HTTP " + rest.response().code();
        }
        return cause.getClass().getSimpleName();
    }

    private static Throwable unwrapped(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
