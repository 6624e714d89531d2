package org.protocolbot.slack;

import org.protocolbot.answer.QuotedClause;

/**
 * Slack mrkdwn escaping. Slack reserves only {@code &}, {@code <} and {@code >}; escaping them means text from a
 * user or a clause can never become a mention ({@code <!channel>}, {@code <@U123>}) or a link.
 *
 * <p>The sentence of a quote that answers the question is shown bold. It is carried through splitting as two
 * private-use characters around the span ({@link #withAnsweringMarked}), because the section splitter may cut a
 * long clause anywhere; each rendered piece then turns them into {@code *} pairs, closed at the end of every line
 * (Slack's bold cannot cross a line break) and kept off the spaces at either end. The quoted characters themselves
 * are unchanged: removing the added asterisks gives back the escaped clause.
 */
final class Mrkdwn {

    static final char BOLD_START = '\uE000';
    static final char BOLD_END = '\uE001';

    private Mrkdwn() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The quote's text with its answering span, if any, between {@link #BOLD_START} and {@link #BOLD_END}. */
    static String withAnsweringMarked(QuotedClause quote) {
        String text = quote.text();
        return quote.answering().map(span -> text.substring(0, span.start()) + BOLD_START
                + text.substring(span.start(), span.end()) + BOLD_END + text.substring(span.end())).orElse(text);
    }

    /** Escapes and renders as a block quote: every line starts with {@code >}, blank lines included. */
    static String quote(String text) {
        return "> " + bold(balanced(escape(text))).replace("\n", "\n> ");
    }

    /** A piece cut from inside the bold span gets the marks it lost at the cut. */
    private static String balanced(String text) {
        int start = text.indexOf(BOLD_START);
        int end = text.indexOf(BOLD_END);
        String out = text;
        if (end >= 0 && (start < 0 || end < start)) {
            out = BOLD_START + out;
        }
        if (out.lastIndexOf(BOLD_START) > out.lastIndexOf(BOLD_END)) {
            out = out + BOLD_END;
        }
        return out;
    }

    private static String bold(String text) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int start = text.indexOf(BOLD_START, at);
            if (start < 0) {
                return out.append(text.substring(at)).toString();
            }
            int end = text.indexOf(BOLD_END, start);
            out.append(text, at, start);
            String[] lines = text.substring(start + 1, end).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                out.append(i == 0 ? "" : "\n").append(boldLine(lines[i]));
            }
            at = end + 1;
        }
    }

    /** {@code "  words  "} becomes {@code "  *words*  "}: Slack only bolds when the asterisks touch the words. */
    private static String boldLine(String line) {
        String core = line.strip();
        if (core.isEmpty()) {
            return line;
        }
        int lead = line.indexOf(core);
        return line.substring(0, lead) + "*" + core + "*" + line.substring(lead + core.length());
    }
}
