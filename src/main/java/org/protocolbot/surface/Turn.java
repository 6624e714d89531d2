package org.protocolbot.surface;

import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.feedback.SignedFeedback;

/**
 * One exchange, ready for a surface to render: the answer, and the signed value its "Helpful" / "Not helpful"
 * buttons carry when it can be rated (never for help, lists or plain clause look-ups). The value is signed once,
 * in {@link Conversation}, whichever surface renders it.
 */
public record Turn(Answer answer, Optional<SignedFeedback> feedback) {
}
