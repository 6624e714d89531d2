package org.protocolbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import java.util.regex.Pattern;

/**
 * The text a user addressed to the bot, as the command language expects it: every @mention removed, the bot's
 * and other people's. The bot's is how it was called; anyone else's is a person's name, which has no place in a
 * question the bot answers by quoting a protocol, nor in the opt-in question log. (Slack's twin is
 * {@code SlackMentions}.)
 */
final class TeamsMentions {

    /** Teams writes a mention into the text as {@code <at>Name</at>}; a client may send one without an entity. */
    private static final Pattern AT_TAG = Pattern.compile("<at>[^<]*</at>", Pattern.CASE_INSENSITIVE);

    private TeamsMentions() {
    }

    /**
     * The message text without mentions, with the non-breaking spaces Teams puts around mentions turned into plain
     * ones. Each mention entity's text is removed literally (never as a regular expression, so a bot renamed to
     * something like "Protocol Bot (Leeds)" loses its mention too), then any {@code <at>} tag left over.
     */
    static String withoutMentions(Activity activity) {
        String text = activity.getText();
        if (text == null) {
            return "";
        }
        for (Mention mention : activity.getMentions()) {
            if (mention.getText() != null && !mention.getText().isEmpty()) {
                text = text.replace(mention.getText(), " ");
            }
        }
        text = AT_TAG.matcher(text).replaceAll(" ");
        return text.replace("&nbsp;", " ").replace('\u00A0', ' ').strip().replaceAll(" {2,}", " ");
    }
}
