package org.protocolbot.feedback;

import java.time.Instant;
import java.util.List;

/**
 * Where feedback clicks and the opt-in question log are kept. Implementations never store a raw user id or name.
 * Thread-safe: adapters record from their request threads while the report reads.
 */
public interface FeedbackStore extends AutoCloseable {

    /**
     * Records one click. {@code userId} (a Slack or Teams user id, or any per-user token) is hashed at once
     * with the store's salt; only the hash is kept.
     */
    void recordFeedback(AnswerFeedback feedback, String userId);

    /**
     * Records a no_match or refused question when the operator opted in to the question log
     * ({@code PROTOCOL_LOG_QUESTIONS=true}); does nothing otherwise, or for any other outcome.
     *
     * @return whether the question was stored
     */
    boolean recordQuestion(AskedQuestion question);

    /** Whether {@link #recordQuestion} stores anything: the operator's opt-in. */
    boolean logsQuestions();

    /** Every click at or after {@code since}, oldest first. */
    List<StoredFeedback> feedbackSince(Instant since);

    /** Every logged question at or after {@code since}, oldest first. */
    List<AskedQuestion> questionsSince(Instant since);

    /**
     * Whether the database takes writes now: a write is tried inside a transaction that is rolled back, so a
     * read-only file, a read-only replica or a full disk shows here rather than as a 500 on the next click.
     */
    boolean canWrite();

    /** Signs and verifies the feedback values every surface hands out, with this store's key. */
    FeedbackSigner signer();

    /** Releases the database; the embedded database is unlocked for another process. */
    @Override
    void close();
}
