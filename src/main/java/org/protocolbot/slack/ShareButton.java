package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.PlainTextObject;
import java.util.List;
import org.protocolbot.chat.Wording;

/**
 * The "Post to channel" button under an ephemeral {@code /protocol} answer. Its value is the command exactly as
 * typed; answers are deterministic, so running it again yields the same answer for everyone to see. Keeping the
 * command in the button means no server-side state, so it works across restarts and replicas.
 */
final class ShareButton {

    static final String ACTION_ID = "protocol_post_to_channel";
    /** Slack's limit on a button value. */
    static final int MAX_VALUE = 2000;

    private ShareButton() {
    }

    /** The button block, or nothing when the command is too long to carry in a button. */
    static List<LayoutBlock> forCommand(SlashCommandText command) {
        String value = command.asTyped();
        if (value.length() > MAX_VALUE) {
            return List.of();
        }
        return List.of(actions(List.of(button(b -> b
                .actionId(ACTION_ID)
                .text(PlainTextObject.builder().text(Wording.POST_TO_CHANNEL).build())
                .value(value)))));
    }
}
