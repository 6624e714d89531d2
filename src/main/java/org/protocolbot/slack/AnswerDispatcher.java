package org.protocolbot.slack;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.protocolbot.delivery.RetriedSend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers off Bolt's request thread. Slack wants an acknowledgement within three seconds; the reply goes out
 * afterwards through {@code response_url} or {@code chat.postMessage}. A failure anywhere becomes a friendly
 * message to the user and a logged reference.
 *
 * <p>Answering (the core: a few milliseconds of CPU) and delivering (an HTTP call to Slack, which may be slow or
 * need retrying) run on separate threads, so one user's slow {@code response_url} holds a delivery thread, never
 * an answering one, and everybody else's answers keep flowing. Deliveries are retried while Slack's failure is
 * transient ({@link SlackRetry}); the pauses hold no thread.
 */
final class AnswerDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AnswerDispatcher.class);

    /** Sends one message to Slack; throws if Slack did not accept it. */
    @FunctionalInterface
    interface Delivery {
        void send(SlackMessage message) throws Exception;
    }

    private final Executor answering;
    private final Executor delivering;
    private final RetriedSend retry;

    AnswerDispatcher(Executor answering, Executor delivering, RetriedSend retry) {
        this.answering = answering;
        this.delivering = delivering;
        this.retry = retry;
    }

    /**
     * @param activity  what is being answered, for the log (never user text or tokens)
     * @param reply     computes the reply (runs the core)
     * @param delivery  where the reply goes
     * @param onFailure where the apology goes if computing or delivering the reply fails
     */
    void dispatch(String activity, Supplier<SlackMessage> reply, Delivery delivery, Delivery onFailure) {
        try {
            CompletableFuture.supplyAsync(reply, answering)
                    .thenCompose(message -> deliver(delivery, message))
                    .exceptionallyCompose(failure -> deliver(onFailure, SlackFailureReplies.report(activity, asException(failure))))
                    .whenComplete((sent, again) -> {
                        if (again != null) {
                            log.error("Slack {}: could not tell the user about the failure either", activity,
                                    RetriedSend.cause(again));
                        }
                    });
        } catch (RejectedExecutionException shuttingDown) {
            log.warn("Slack {} dropped: the adapter is stopping", activity);
        }
    }

    private CompletableFuture<Void> deliver(Delivery delivery, SlackMessage message) {
        return retry.send(() -> CompletableFuture.runAsync(() -> {
            try {
                delivery.send(message);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, delivering));
    }

    private static Exception asException(Throwable failure) {
        Throwable cause = RetriedSend.cause(failure);
        return cause instanceof Exception e ? e : new IllegalStateException(cause);
    }
}
