package org.protocolbot.surface;

import java.util.UUID;
import org.protocolbot.chat.Wording;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every surface does when answering fails: the log gets the failure under a short reference, the user gets
 * {@link Wording#failure} with the same reference, and nothing about the failure itself (never a stack trace or a
 * vendor's error) reaches the chat.
 *
 * @param reference eight hex digits, quoted by the user to whoever runs the bot
 */
public record FailureNotice(String reference) {

    private static final Logger LOG = LoggerFactory.getLogger(FailureNotice.class);

    /** A fresh reference, for a failure the caller logs itself (e.g. with the activity's ids). */
    public static FailureNotice create() {
        return new FailureNotice(UUID.randomUUID().toString().substring(0, 8));
    }

    /** Logs {@code failure} at ERROR as "{@code what} failed [ref …]" and returns the notice for the user. */
    public static FailureNotice logged(String what, Throwable failure) {
        FailureNotice notice = create();
        LOG.error("{} failed [ref {}]", what, notice.reference(), failure);
        return notice;
    }

    /** The sentence for the user. */
    public String text() {
        return Wording.failure(reference);
    }
}
