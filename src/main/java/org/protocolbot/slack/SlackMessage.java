package org.protocolbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One message as Slack takes it: Block Kit blocks plus the plain {@code text} Slack shows in notifications and
 * reads to screen-reader users.
 */
public record SlackMessage(String text, List<LayoutBlock> blocks) {

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
