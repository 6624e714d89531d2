package org.protocolbot.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.delivery.RetriedSend.Verdict;

/** The retry both adapters share: which failures are retried, after which pauses, and what a caller gets at the end. */
class RetriedSendTest {

    private static final RetriedSend.Policy POLICY = new RetriedSend.Policy(4, Duration.ofMillis(100),
            Duration.ofMillis(300), Duration.ofSeconds(5));

    private final RecordingScheduler scheduler = new RecordingScheduler();
    private final AtomicInteger sends = new AtomicInteger();

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    /** Transient: an IOException, or an IllegalStateException carrying a Retry-After in its message (seconds). */
    private final RetriedSend retried = new RetriedSend("test send", POLICY, failure -> failure instanceof IOException
            ? Verdict.retry()
            : failure instanceof IllegalStateException wait ? Verdict.retryAfter(Duration.ofSeconds(Long.parseLong(wait.getMessage())))
            : Verdict.permanent(), scheduler);

    @Test
    void transientFailuresAreRetriedWithDoublingPausesUpToTheMaximumThenSucceed() {
        String result = retried.send(() -> sends.incrementAndGet() < 4
                ? CompletableFuture.failedFuture(new IOException("down"))
                : CompletableFuture.completedFuture("sent")).join();

        assertEquals("sent", result);
        assertEquals(4, sends.get());
        assertEquals(List.of(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(300)), scheduler.pauses());
    }

    @Test
    void afterTheLastAttemptTheLastFailureStands() {
        IOException down = new IOException("down");
        CompletionException failed = assertThrows(CompletionException.class,
                () -> retried.send(() -> failed(down)).join());

        assertSame(down, RetriedSend.cause(failed));
        assertEquals(POLICY.attempts(), sends.get());
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        assertThrows(CompletionException.class,
                () -> retried.send(() -> failed(new IllegalArgumentException("rejected"))).join());

        assertEquals(1, sends.get());
        assertEquals(List.of(), scheduler.pauses());
    }

    @Test
    void aRetryAfterIsWaitedWhenLongerThanTheBackoffButNotBeyondTheMaximum() {
        retried.send(() -> sends.incrementAndGet() == 1
                ? CompletableFuture.failedFuture(new IllegalStateException("2"))
                : CompletableFuture.completedFuture("sent")).join();
        assertEquals(List.of(Duration.ofSeconds(2)), scheduler.pauses());

        sends.set(0);
        assertThrows(CompletionException.class, () -> retried.send(() -> failed(new IllegalStateException("60"))).join());
        assertEquals(1, sends.get(), "a minute is beyond the 5 s this policy may wait");
    }

    @Test
    void aSendThatThrowsInsteadOfFailingItsFutureIsRetriedLikeAnyFailure() {
        String result = retried.send(() -> {
            if (sends.incrementAndGet() == 1) {
                throw new CompletionException(new IOException("thrown"));
            }
            return CompletableFuture.completedFuture("sent");
        }).join();

        assertEquals("sent", result);
        assertEquals(List.of(Duration.ofMillis(100)), scheduler.pauses());
    }

    @Test
    void httpStatusesReadAsSlackAndMicrosoftMeanThem() {
        assertEquals(Verdict.retryAfter(Duration.ofSeconds(7)), Verdict.forStatus(429, Optional.of(Duration.ofSeconds(7))));
        assertEquals(Verdict.retry(), Verdict.forStatus(429, Optional.empty()));
        for (int status : new int[] {408, 500, 502, 503, 504, 599}) {
            assertEquals(Verdict.retry(), Verdict.forStatus(status, Optional.empty()), "HTTP " + status);
        }
        for (int status : new int[] {200, 400, 401, 403, 404, 413, 501, 505}) {
            assertEquals(Verdict.permanent(), Verdict.forStatus(status, Optional.empty()), "HTTP " + status);
        }
        assertEquals(Optional.of(Duration.ofSeconds(30)), Verdict.retryAfterSeconds(" 30 "));
        assertEquals(Optional.empty(), Verdict.retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT"));
        assertEquals(Optional.empty(), Verdict.retryAfterSeconds(null));
    }

    private CompletableFuture<String> failed(Throwable failure) {
        sends.incrementAndGet();
        return CompletableFuture.failedFuture(failure);
    }
}
