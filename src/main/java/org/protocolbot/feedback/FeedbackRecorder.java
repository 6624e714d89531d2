package org.protocolbot.feedback;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.protocolbot.answer.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one surface (Slack, Teams, the web page) does with the feedback store: offer each answered question to the
 * opt-in question log, and record "Helpful" / "Not helpful" clicks. Each adapter holds one, named after itself, so
 * the adapters stay thin translations and all say the same thing back.
 */
public final class FeedbackRecorder {

    /** What every surface says after a click has been recorded. */
    public static final String THANKS = "Thanks for the feedback.";

    private static final Logger LOG = LoggerFactory.getLogger(FeedbackRecorder.class);

    private final FeedbackStore store;
    private final String adapter;
    private final Clock clock;

    /**
     * @param adapter where the questions and clicks come from: slack, teams or web
     */
    public FeedbackRecorder(FeedbackStore store, String adapter, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.adapter = Objects.requireNonNull(adapter, "adapter");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public FeedbackRecorder(FeedbackStore store, String adapter) {
        this(store, adapter, Clock.systemUTC());
    }

    /**
     * Offers a question and its answer to the question log; the store keeps it only when the operator opted in
     * and the answer was no_match or a refusal. Never throws: a database problem must not cost the user their
     * answer, so it is logged under a reference instead.
     */
    public void answered(String question, Optional<String> council, Answer answer) {
        try {
            store.recordQuestion(AskedQuestion.of(question, council, answer, adapter, clock.instant()));
        } catch (RuntimeException e) {
            LOG.error("Could not add a {} question to the question log [ref {}]", adapter, reference(), e);
        }
    }

    /**
     * Records a click on a button that carried {@code encodedPayload}. {@code userId} is hashed by the store and
     * never kept.
     *
     * @return {@link #THANKS}, for the user
     * @throws IllegalArgumentException when the payload is not one the bot wrote
     * @throws FeedbackStoreException   when the database cannot take the click; each surface reports that with
     *                                  its usual apology
     */
    public String click(String encodedPayload, boolean helpful, String userId) {
        return click(FeedbackPayload.decode(encodedPayload), helpful, userId);
    }

    /** Records a click on a payload already decoded (and, on the web, verified by {@link FeedbackSigner}). */
    public String click(FeedbackPayload payload, boolean helpful, String userId) {
        store.recordFeedback(payload.toFeedback(adapter, helpful, clock.instant()), userId);
        return THANKS;
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
