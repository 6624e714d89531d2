package org.protocolbot.answer;

/** Turns a question into a cited answer, a refusal or a plain no-match. Deterministic: same question, same answer. */
public interface QuestionAnswerer {
    Answer answer(Question question);
}
