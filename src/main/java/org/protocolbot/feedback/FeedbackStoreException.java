package org.protocolbot.feedback;

/**
 * The feedback database could not be opened, read or written. The message is safe to show an operator: it never
 * contains the database URL (which may carry a password), a user id or a stack trace; details are in the cause.
 */
public final class FeedbackStoreException extends RuntimeException {

    public FeedbackStoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public FeedbackStoreException(String message) {
        super(message);
    }
}
