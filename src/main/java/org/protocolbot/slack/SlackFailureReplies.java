package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.section;

import java.util.List;
import org.protocolbot.surface.FailureNotice;

/**
 * The {@link FailureNotice} as a Slack message: the shared apology with its reference, while the log gets the
 * details under the same reference. No stack trace or Slack error ever reaches the chat.
 */
final class SlackFailureReplies {

    private SlackFailureReplies() {
    }

    /** Logs the failure under a new reference and returns the message for the user. */
    static SlackMessage report(String activity, Exception failure) {
        String text = FailureNotice.logged("Slack " + activity, failure).text();
        return new SlackMessage(text, List.of(section(s -> s.text(AnswerBlocks.mrkdwn(":warning: " + text)))));
    }
}
