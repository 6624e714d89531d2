package org.protocolbot.surface;

import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.feedback.FeedbackPayload;

/**
 * One exchange, ready for a surface to render: the answer, and the value its "Helpful" / "Not helpful" buttons
 * carry when it can be rated (never for help, lists or plain clause look-ups).
 */
public record Turn(Answer answer, Optional<FeedbackPayload> feedback) {
}
