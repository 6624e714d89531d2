package org.protocolbot.slack;

/**
 * Slack mrkdwn escaping. Slack reserves only {@code &}, {@code <} and {@code >}; escaping them means text from a
 * user or a clause can never become a mention ({@code <!channel>}, {@code <@U123>}) or a link.
 */
final class Mrkdwn {

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Escapes and renders as a block quote: every line starts with {@code >}, blank lines included. */
    static String quote(String text) {
        return "> " + escape(text).replace("\n", "\n> ");
    }
}
