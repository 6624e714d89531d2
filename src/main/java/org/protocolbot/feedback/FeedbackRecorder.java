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

    /** The signer whose values {@link #click} accepts: the store's, so every replica signs and verifies alike. */
    public FeedbackSigner signer() {
        return store.signer();
    }

    /**
     * Records a click on a button that carried {@code signedValue}, once its signature has been checked: a value
     * this server did not sign (invented, changed by one character, signed with another key, or from before the
     * key changed) records nothing and leaves one WARN line. {@code userId} is hashed by the store and never kept.
     *
     * @return {@link #THANKS}, for the user
     * @throws IllegalArgumentException when the value is not one this server signed
     * @throws FeedbackStoreException   when the database cannot take the click; each surface reports that with
     *                                  its usual apology
     */
    public String click(String signedValue, boolean helpful, String userId) {
        FeedbackPayload payload;
        try {
            payload = store.signer().verifiedPayload(signedValue);
        } catch (IllegalArgumentException notOurs) {
            // Neither the value nor the user goes into the log: the value is the client's text, the user a person.
            LOG.warn("Refused a {} feedback click: its value ({} characters) is not one this server signed",
                    adapter, signedValue == null ? 0 : signedValue.length());
            throw notOurs;
        }
        store.recordFeedback(payload.toFeedback(adapter, helpful, clock.instant()), userId);
        return THANKS;
    }

    private static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
