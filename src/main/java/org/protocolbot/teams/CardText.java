package org.protocolbot.teams;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares text for Adaptive Card TextBlocks, which Teams renders as a subset of Markdown (and where
 * {@code {{DATE(...)}}} is a date function). Quoted clauses must show exactly as the protocol words them, so
 * anything Teams would turn into emphasis, a link, a list, a tag or a mention is escaped. Text from our own
 * templates keeps the two pieces of markup they use on purpose: {@code "- "} list lines and {@code `commands`}.
 */
final class CardText {

    /** Characters that start Markdown emphasis, code, links, or tags such as Teams' {@code <at>} mentions. */
    private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>]");
    private static final Pattern BULLET_AT_START = Pattern.compile("^([-+])(?=\\s)");
    private static final Pattern NUMBER_AT_START = Pattern.compile("^(\\d+)([.)])(?=\\s)");
    /** Markdown needs a blank line for a new paragraph; a single newline would run the lines together. */
    private static final String PARAGRAPH = "\n\n";

    private CardText() {
    }

    /** Text shown literally: every character as written, one paragraph per line. */
    static String verbatim(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.strip().split("\\R")) {
            if (!line.isBlank()) {
                appendParagraph(out, literalLine(line.strip()));
            }
        }
        return out.toString();
    }

    /** Our template sentences: {@code "- "} lines become a list and {@code `x`} is shown bold; the rest is literal. */
    static String template(String text) {
        StringBuilder out = new StringBuilder();
        boolean previousWasItem = false;
        for (String line : text.strip().split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            String trimmed = line.strip();
            boolean item = trimmed.startsWith("- ");
            if (item) {
                out.append(previousWasItem ? "\n" : out.isEmpty() ? "" : PARAGRAPH)
                        .append("- ").append(withCommands(trimmed.substring(2).strip()));
            } else {
                appendParagraph(out, withCommands(trimmed));
            }
            previousWasItem = item;
        }
        return out.toString();
    }

    private static void appendParagraph(StringBuilder out, String paragraph) {
        if (!out.isEmpty()) {
            out.append(PARAGRAPH);
        }
        out.append(paragraph);
    }

    /** A line whose `backticked` commands are bold (Adaptive Cards have no code style) and the rest literal. */
    private static String withCommands(String line) {
        String[] parts = line.split("`", -1);
        if (parts.length % 2 == 0) {
            return literalLine(line); // unbalanced backticks: not markup, show them as typed
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            boolean command = i % 2 == 1;
            out.append(command ? "**" + inline(parts[i]) + "**" : inline(parts[i]));
        }
        return atLineStart(out.toString());
    }

    private static String literalLine(String line) {
        return atLineStart(inline(line));
    }

    private static String inline(String text) {
        String escaped = SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
        return escaped.replace("{{", "{\\{");
    }

    /** "- x", "+ x", "3. x" at the start of a line would become a list and renumber; keep them as written. */
    private static String atLineStart(String line) {
        String bullet = BULLET_AT_START.matcher(line).replaceFirst("\\\\$1");
        return NUMBER_AT_START.matcher(bullet).replaceFirst("$1\\\\$2");
    }
}
