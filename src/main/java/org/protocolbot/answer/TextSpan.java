package org.protocolbot.answer;

/**
 * A stretch of a quoted clause, as character offsets into its verbatim text: {@code text.substring(start, end)}.
 * Surfaces mark it (bold, {@code <mark>}) around the unchanged bytes; the quote itself is never edited.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a span runs forwards from 0: " + start + ".." + end);
        }
    }

    /** Whether the span lies inside a text of this length. */
    public boolean fits(String text) {
        return end <= text.length();
    }
}
