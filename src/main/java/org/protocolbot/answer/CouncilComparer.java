package org.protocolbot.answer;

/** Puts the councils side by side: each council's best clause on a question, or "no provision". */
public interface CouncilComparer {
    Answer compare(String question);
}
