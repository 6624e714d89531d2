package org.protocolbot.delivery;

import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a reply to a chat service again, after growing pauses, while the service is only briefly unavailable
 * (rate-limited, a server error, a dropped connection), so a short outage delays an answer instead of losing it.
 * Each adapter says which of its failures are transient ({@link Classifier}); the retrying itself is resilience4j's,
 * and its pauses are scheduled, never slept, so no thread waits them out.
 *
 * <p>A retried send may repeat a message the service did take but failed to confirm (at least once, never lost).
 */
public final class RetriedSend {

    /**
     * @param attempts      sends in all, the first included
     * @param firstPause    pause before the second send; each later pause doubles, up to {@code maxPause}
     * @param maxPause      the longest backoff pause
     * @param maxRetryAfter the longest wait a service may ask for (Retry-After) that is still honoured; a longer
     *                      one ends the retries, because the caller cannot wait that long
     */
    public record Policy(int attempts, Duration firstPause, Duration maxPause, Duration maxRetryAfter) {

        public Policy {
            if (attempts < 1 || firstPause.isNegative() || maxPause.compareTo(firstPause) < 0 || maxRetryAfter.isNegative()) {
                throw new IllegalArgumentException("a retry policy needs an attempt, and pauses that grow");
            }
        }

        /** The backoff before send number {@code attempt} (2 for the first retry). */
        public Duration backoffBefore(int attempt) {
            Duration pause = firstPause.multipliedBy(1L << Math.min(Math.max(attempt - 2, 0), 20));
            return pause.compareTo(maxPause) > 0 ? maxPause : pause;
        }
    }

    /** What one failure means for retrying: permanent, transient, or transient after the wait the service asked for. */
    public record Verdict(boolean transientFailure, Optional<Duration> retryAfter) {
        public static Verdict permanent() {
            return new Verdict(false, Optional.empty());
        }

        public static Verdict retry() {
            return new Verdict(true, Optional.empty());
        }

        public static Verdict retryAfter(Duration wait) {
            return new Verdict(true, Optional.of(wait));
        }

        /**
         * What an HTTP status says: 429 is retried (after {@code retryAfter} when the service gave one), 408 and 5xx
         * are retried, except 501 Not Implemented and 505 HTTP Version Not Supported, which do not pass; anything
         * else is permanent.
         */
        public static Verdict forStatus(int status, Optional<Duration> retryAfter) {
            if (status == 429) {
                return retryAfter.map(Verdict::retryAfter).orElse(retry());
            }
            boolean transientStatus = status == 408 || (status >= 500 && status <= 599 && status != 501 && status != 505);
            return transientStatus ? retry() : permanent();
        }

        /** A Retry-After header in seconds, as Slack and the Bot Connector send it; empty for none or an HTTP date. */
        public static Optional<Duration> retryAfterSeconds(String header) {
            try {
                return header == null ? Optional.empty() : Optional.of(Duration.ofSeconds(Long.parseLong(header.strip())));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    /** The adapter's reading of its own failures (the cause, with CompletionException and the like removed). */
    @FunctionalInterface
    public interface Classifier {
        Verdict classify(Throwable failure);

        /** A few words on the failure for the log, such as "HTTP 503"; never a message that could hold a secret. */
        default String describe(Throwable failure) {
            return failure.getClass().getSimpleName();
        }
    }

    /** One daemon thread only schedules the next attempt; the sends themselves run where the caller's supplier puts them. */
    private static final ScheduledExecutorService PAUSES = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "reply-retry");
        thread.setDaemon(true);
        return thread;
    });
    private static final Logger LOG = LoggerFactory.getLogger(RetriedSend.class);

    private final String what;
    private final Policy policy;
    private final Classifier classifier;
    private final ScheduledExecutorService scheduler;

    /**
     * @param what      what is sent, for the log (e.g. "Teams reply"); never user text or a secret
     * @param scheduler where the next attempt is scheduled; tests pass one that records the pauses
     */
    public RetriedSend(String what, Policy policy, Classifier classifier, ScheduledExecutorService scheduler) {
        this.what = what;
        this.policy = policy;
        this.classifier = classifier;
        this.scheduler = scheduler;
    }

    public RetriedSend(String what, Policy policy, Classifier classifier) {
        this(what, policy, classifier, PAUSES);
    }

    /** Runs {@code send} (which must start a fresh send each time) until it succeeds or may not be retried. */
    public <T> CompletableFuture<T> send(Supplier<CompletionStage<T>> send) {
        Retry retry = Retry.of(what, RetryConfig.<T>custom()
                .maxAttempts(policy.attempts())
                .retryOnException(failure -> worthRetrying(verdict(failure)))
                .intervalBiFunction((IntervalBiFunction<T>) (attempt, outcome) -> pauseMillis(attempt + 1,
                        outcome.isLeft() ? verdict(outcome.getLeft()) : Verdict.retry()))
                .build());
        retry.getEventPublisher().onRetry(event -> LOG.warn("{} failed ({}); sending again in {} ms (attempt {} of {})",
                what, describe(event.getLastThrowable()), event.getWaitInterval().toMillis(),
                event.getNumberOfRetryAttempts() + 1, policy.attempts()));
        return retry.executeCompletionStage(scheduler, () -> started(send)).toCompletableFuture();
    }

    private boolean worthRetrying(Verdict verdict) {
        return verdict.transientFailure()
                && verdict.retryAfter().map(wait -> wait.compareTo(policy.maxRetryAfter()) <= 0).orElse(true);
    }

    /** The backoff, or the wait the service asked for when that is longer. */
    private long pauseMillis(int attempt, Verdict verdict) {
        Duration backoff = policy.backoffBefore(attempt);
        return verdict.retryAfter().filter(wait -> wait.compareTo(backoff) > 0).orElse(backoff).toMillis();
    }

    private Verdict verdict(Throwable failure) {
        return classifier.classify(cause(failure));
    }

    /** A supplier that throws instead of returning a failed stage is a failed send, not a crash of the retry. */
    private static <T> CompletionStage<T> started(Supplier<CompletionStage<T>> send) {
        try {
            return send.get();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The failure itself, without the wrappers futures put around it. */
    public static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** Whether {@code type} is anywhere in the failure's chain of causes. */
    public static boolean caused(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private String describe(Throwable failure) {
        return failure == null ? "unknown" : classifier.describe(cause(failure));
    }
}
