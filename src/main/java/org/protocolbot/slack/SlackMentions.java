package org.protocolbot.slack;

import java.util.regex.Pattern;

/** Removes mentions of the bot itself ({@code <@U0BOT>} or {@code <@U0BOT|name>}) so the core sees the question. */
final class SlackMentions {

    private static final Pattern LEADING_MENTION = Pattern.compile("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>");

    private SlackMentions() {
    }

    static String strip(String text, String botUserId) {
        String input = text == null ? "" : text;
        if (botUserId == null) {
            return LEADING_MENTION.matcher(input).replaceFirst("").strip();
        }
        return input.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").strip().replaceAll("\\s{2,}", " ");
    }
}
