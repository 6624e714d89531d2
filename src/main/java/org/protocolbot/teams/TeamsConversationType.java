package org.protocolbot.teams;

import com.microsoft.bot.schema.Activity;

/**
 * Where in Teams a message came from. In a personal chat every message reaches the bot, so commands are typed bare;
 * in a channel or group chat Teams delivers only messages that @mention the bot, so help shows the mention.
 */
enum TeamsConversationType {
    PERSONAL,
    CHANNEL_OR_GROUP;

    /** Teams' {@code conversation.conversationType}: "personal", "channel" or "groupChat" (absent means personal). */
    static TeamsConversationType of(Activity activity) {
        String type = activity.getConversation() == null ? null : activity.getConversation().getConversationType();
        return type == null || type.equals("personal") ? PERSONAL : CHANNEL_OR_GROUP;
    }

    org.protocolbot.chat.Surface surface() {
        return this == PERSONAL ? org.protocolbot.chat.Surface.TEAMS_PERSONAL : org.protocolbot.chat.Surface.TEAMS_CHANNEL;
    }

    /** {@code "@<the bot's name> "} in a channel, as users must type it there; nothing in a personal chat. */
    String commandPrefix(Activity activity) {
        if (this == PERSONAL) {
            return "";
        }
        String name = activity.getRecipient() == null ? null : activity.getRecipient().getName();
        return name == null || name.isBlank() ? surface().defaultPrefix() : "@" + name.strip() + " ";
    }
}
