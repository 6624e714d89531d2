package org.protocolbot.guard;

/** Decides whether a question asks the bot to do something an impartial officer must not. */
public interface QuestionGuard {
    GuardVerdict check(String question);
}
