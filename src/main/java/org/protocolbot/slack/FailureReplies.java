package org.protocolbot.slack;

import static com.slack.api.model.block.Blocks.section;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the user sees when something breaks: a friendly sentence with a short reference, while the log gets the
 * details under the same reference. No stack trace or Slack error ever reaches the chat.
 */
final class FailureReplies {

    private static final Logger log = LoggerFactory.getLogger(FailureReplies.class);

    static final String MESSAGE = "Sorry, something went wrong while I was answering. Please try again in a minute. "
            + "If it keeps happening, tell whoever looks after protocol-bot and quote reference %s.";

    private FailureReplies() {
    }

    /** Logs the failure under a new reference and returns the message for the user. */
    static SlackMessage report(String activity, Exception failure) {
        String reference = newReference();
        log.error("Slack {} failed [ref {}]", activity, reference, failure);
        String text = String.format(MESSAGE, reference);
        return new SlackMessage(text, List.of(section(s -> s.text(AnswerBlocks.mrkdwn(":warning: " + text)))));
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
