package org.protocolbot.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers off Bolt's request thread. Slack wants an acknowledgement within three seconds; the reply goes out
 * afterwards through {@code response_url} or {@code chat.postMessage}. A failure anywhere becomes a friendly
 * message to the user and a logged reference.
 */
final class AnswerDispatcher {

    private static final Logger log = LoggerFactory.getLogger(AnswerDispatcher.class);

    /** Sends one message to Slack; throws if Slack did not accept it. */
    @FunctionalInterface
    interface Delivery {
        void send(SlackMessage message) throws Exception;
    }

    private final Executor executor;

    AnswerDispatcher(Executor executor) {
        this.executor = executor;
    }

    /**
     * @param activity  what is being answered, for the log (never user text or tokens)
     * @param reply     computes the reply (runs the core)
     * @param delivery  where the reply goes
     * @param onFailure where the apology goes if computing or delivering the reply fails
     */
    void dispatch(String activity, Supplier<SlackMessage> reply, Delivery delivery, Delivery onFailure) {
        try {
            executor.execute(() -> run(activity, reply, delivery, onFailure));
        } catch (RejectedExecutionException shuttingDown) {
            log.warn("Slack {} dropped: the adapter is stopping", activity);
        }
    }

    private static void run(String activity, Supplier<SlackMessage> reply, Delivery delivery, Delivery onFailure) {
        try {
            delivery.send(reply.get());
        } catch (Exception failure) {
            SlackMessage apology = FailureReplies.report(activity, failure);
            try {
                onFailure.send(apology);
            } catch (Exception again) {
                log.error("Slack {}: could not tell the user about the failure either", activity, again);
            }
        }
    }
}
