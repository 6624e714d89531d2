package org.protocolbot.teams;

import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Mention;
import java.util.Objects;

/** The text a user addressed to the bot, as the command language expects it. */
final class MessageText {

    private MessageText() {
    }

    /**
     * The message text with the bot's own @mention removed, and the non-breaking spaces Teams puts around mentions
     * turned into plain ones. botbuilder's helper does the removal, but it treats the mention text as a regular
     * expression, so a bot renamed to something like "Protocol Bot (Leeds)" would keep its mention; a literal pass
     * afterwards removes what the helper missed.
     */
    static String withoutBotMention(Activity activity) {
        String text = Activity.removeRecipientMentionImmutable(activity);
        if (text == null) {
            return "";
        }
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        for (Mention mention : activity.getMentions()) {
            if (botId != null && mention.getMentioned() != null && Objects.equals(botId, mention.getMentioned().getId())
                    && mention.getText() != null && !mention.getText().isEmpty()) {
                text = text.replace(mention.getText(), "");
            }
        }
        return text.replace("&nbsp;", " ").replace('\u00A0', ' ').strip();
    }
}
