package org.protocolbot.guard;

/**
 * Embeds one sentence of a message for the guard's second look ({@link LayeredGuard}) and says how near it is to the
 * nearest topic phrasing. The answerer supplies it with its own embedder and topic matcher, so the guard needs
 * neither.
 */
@FunctionalInterface
public interface SentenceReader {

    /** For guards asked without one: no sentence is read. */
    SentenceReader NONE = sentence -> null;

    /** @return the sentence's vector and nearest-topic similarity, or null when sentences are not read */
    Reading read(String sentence);

    record Reading(float[] vector, double nearestTopic) {
    }
}
