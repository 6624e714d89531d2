package org.protocolbot.surface;

import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.SignedFeedback;

/**
 * One exchange, ready for a surface to render: the answer, and the signed value its "Helpful" / "Not helpful"
 * buttons carry when it can be rated (never for help, lists or plain clause look-ups). The value is signed once,
 * in {@link Conversation}, whichever surface renders it.
 *
 * @param budgetSpent true when the question was not answered because the asker had spent this minute's budget of
 *                    questions: the answer is then {@link Wording#TOO_MANY_QUESTIONS}, and a surface offers nothing
 *                    that would answer it after all (Slack's "Post to channel")
 */
public record Turn(Answer answer, Optional<SignedFeedback> feedback, boolean budgetSpent) {

    public Turn(Answer answer, Optional<SignedFeedback> feedback) {
        this(answer, feedback, false);
    }

    /** In place of an answer, for an asker over the budget: nothing to rate. */
    static Turn overBudget() {
        return new Turn(AnswerTemplates.info(Wording.TOO_MANY_QUESTIONS), Optional.empty(), true);
    }
}
