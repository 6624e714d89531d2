package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import java.util.List;
import java.util.Optional;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.SignedFeedback;

/**
 * The "Helpful" / "Not helpful" buttons under an answer. Both carry the {@link SignedFeedback} value (the signed
 * payload, at most 2,000 characters, Slack's limit on a button value), so a click can be recorded without the bot
 * remembering the answer, across restarts and replicas, and a value the user crafted is refused on the way back.
 */
final class FeedbackButtons {

    static final String HELPFUL = "feedback_helpful";
    static final String NOT_HELPFUL = "feedback_not_helpful";

    private FeedbackButtons() {
    }

    /** One actions block with the two buttons, or nothing when the reply offers no feedback. */
    static List<LayoutBlock> forFeedback(Optional<SignedFeedback> feedback) {
        if (feedback.isEmpty()) {
            return List.of();
        }
        String value = feedback.get().value();
        return List.of(actions(List.of(
                button(b -> b.actionId(HELPFUL).text(label(Wording.HELPFUL)).value(value)),
                button(b -> b.actionId(NOT_HELPFUL).text(label(Wording.NOT_HELPFUL)).value(value)))));
    }

    private static PlainTextObject label(String text) {
        return PlainTextObject.builder().text(text).build();
    }
}
