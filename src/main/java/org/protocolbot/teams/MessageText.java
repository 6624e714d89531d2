package org.protocolbot.teams;

import com.microsoft.bot.schema.Activity;

/** The text a user addressed to the bot, as the command language expects it. */
final class MessageText {

    private MessageText() {
    }

    /**
     * The message text with the bot's own @mention removed (botbuilder's helper, which leaves the activity as it
     * is), and the non-breaking spaces Teams puts around mentions turned into plain ones.
     */
    static String withoutBotMention(Activity activity) {
        String text = Activity.removeRecipientMentionImmutable(activity);
        if (text == null) {
            return "";
        }
        return text.replace("&nbsp;", " ").replace('\u00A0', ' ').strip();
    }
}
