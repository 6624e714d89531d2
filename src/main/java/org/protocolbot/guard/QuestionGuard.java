package org.protocolbot.guard;

/** Decides whether a question asks the bot to do something an impartial officer must not. */
public interface QuestionGuard {

    GuardVerdict check(String question);

    /** As {@link #check(String)}, with the question's vector for guards that compare meanings. */
    default GuardVerdict check(String question, float[] vector) {
        return check(question);
    }

    /** As {@link #check(String, float[])}, knowing how close the question is to the nearest everyday topic. */
    default GuardVerdict check(String question, float[] vector, double nearestTopic) {
        return check(question, vector);
    }

    /**
     * As {@link #check(String, float[], double)}, able to read the message's sentences one by one when the whole
     * message leaves the answer open.
     */
    default GuardVerdict check(String question, float[] vector, double nearestTopic, SentenceReader sentences) {
        return check(question, vector, nearestTopic);
    }
}
