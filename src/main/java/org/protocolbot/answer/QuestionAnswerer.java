package org.protocolbot.answer;

/**
 * The core's one entry point for a question, whichever surface asked it: a cited answer, a refusal or a plain
 * no-match. Both ways of asking share one reading of the question, so they live behind one interface and every
 * caller is handed a single answerer. Deterministic: same question, same answer.
 */
public interface QuestionAnswerer {

    /** The answer within the question's council (or across all councils when it names none). */
    Answer answer(Question question);

    /** The councils side by side: each council's best clause on the question, or "no provision". */
    Answer compare(String question);
}
