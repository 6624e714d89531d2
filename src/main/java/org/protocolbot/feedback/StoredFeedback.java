package org.protocolbot.feedback;

import java.util.Objects;

/**
 * A feedback click as the store keeps it: the click and the salted hash of whoever made it.
 *
 * @param feedback the click
 * @param userHash hex HMAC-SHA256 of the adapter and user id under the store's salt; only good for counting
 *                 distinct users
 */
public record StoredFeedback(AnswerFeedback feedback, String userHash) {

    public StoredFeedback {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(userHash, "userHash");
    }
}
