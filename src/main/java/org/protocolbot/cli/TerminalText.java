package org.protocolbot.cli;

import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.answer.TextSpan;

/**
 * An {@link Answer} as the terminal shows it: the chat markup (backticks, Slack's {@code *bold*}) removed from the
 * bot's own sentences, the answering sentence of each quote marked, and every line wrapped at the terminal's width
 * between words. A quote's characters are never changed: wrapping only turns a space into a line break, and the mark
 * is added around the sentence, so removing both gives back the clause byte for byte.
 */
final class TerminalText {

    static final String BOLD_ON = "\u001B[1m";
    static final String BOLD_OFF = "\u001B[22m";
    static final String MARK_ON = "»";
    static final String MARK_OFF = "«";

    private final TerminalStyle style;

    TerminalText(TerminalStyle style) {
        this.style = style;
    }

    String render(Answer answer) {
        StringBuilder out = new StringBuilder(wrapOwn(plain(answer.lead())));
        for (QuotedClause quote : answer.quotes()) {
            out.append("\n\n").append(wrap(quote.citation().label())).append('\n').append(wrap(marked(quote)));
        }
        if (!answer.closing().isEmpty()) {
            out.append("\n\n").append(wrapOwn(plain(answer.closing())));
        }
        return out.toString();
    }

    /** The quote with its answering sentence marked: bold on a colour terminal, {@code »…«} elsewhere. */
    String marked(QuotedClause quote) {
        String text = quote.text();
        Optional<TextSpan> span = quote.answering();
        if (span.isEmpty()) {
            return text;
        }
        int start = span.get().start();
        int end = span.get().end();
        return text.substring(0, start) + (style.ansi() ? BOLD_ON : MARK_ON) + text.substring(start, end)
                + (style.ansi() ? BOLD_OFF : MARK_OFF) + text.substring(end);
    }

    /**
     * The bot's own words without chat markup: {@code `leeds 7.4`} reads as {@code leeds 7.4}, and Slack's
     * {@code *bold*} and {@code _italic_} around words lose their marks. Never applied to a quote.
     */
    static String plain(String text) {
        return text.replace("`", "")
                .replaceAll("(?<![\\w*])\\*(\\S(?:[^*\\n]*\\S)?)\\*(?![\\w*])", "$1")
                .replaceAll("(?<![\\w_])_(\\S(?:[^_\\n]*\\S)?)_(?![\\w_])", "$1");
    }

    /** Wraps each line at the width, breaking only at a space; a word longer than the width keeps its own line. */
    String wrap(String text) {
        return wrap(text, false);
    }

    /** The bot's own sentences: as {@link #wrap}, and a "- " list item's later lines indented under its text. */
    String wrapOwn(String text) {
        return wrap(text, true);
    }

    private String wrap(String text, boolean hangLists) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines.get(i), hangLists && lines.get(i).startsWith("- ") ? "  " : "", out);
        }
        if (text.endsWith("\n")) {
            out.append('\n');
        }
        return out.toString();
    }

    private void wrapLine(String line, String hang, StringBuilder out) {
        int lineStart = out.length();
        int visible = 0;
        int lastSpace = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\u001B') {
                // An ANSI escape takes no columns: copy it whole.
                int end = line.indexOf('m', i);
                end = end < 0 ? line.length() - 1 : end;
                out.append(line, i, end + 1);
                i = end;
                continue;
            }
            if (c == ' ' && visible >= style.width()) {
                // This space is where the line is full: break here.
                out.append('\n').append(hang);
                lineStart = out.length() - hang.length();
                visible = hang.length();
                lastSpace = -1;
                continue;
            }
            out.append(c);
            if (!Character.isLowSurrogate(c)) {
                visible++;
            }
            if (c == ' ' && out.length() - 1 >= lineStart + hang.length() + 2) {
                lastSpace = out.length() - 1;
            } else if (visible > style.width() && lastSpace > lineStart) {
                // Over the width inside a word: the last space on this line becomes the break.
                out.setCharAt(lastSpace, '\n');
                out.insert(lastSpace + 1, hang);
                lineStart = lastSpace + 1;
                visible = visibleLength(out, lineStart);
                lastSpace = -1;
            }
        }
    }

    private static int visibleLength(CharSequence text, int from) {
        int count = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u001B') {
                while (i < text.length() && text.charAt(i) != 'm') {
                    i++;
                }
                continue;
            }
            if (!Character.isLowSurrogate(c)) {
                count++;
            }
        }
        return count;
    }
}
