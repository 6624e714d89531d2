package org.protocolbot.slack;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Splits text into pieces whose rendered form fits a Slack limit, at sentence boundaries first, then at word
 * boundaries, and only for a single enormous "word" between characters. Nothing is dropped: the pieces, joined
 * with whitespace, are the whole text. Lengths are measured after rendering (escaping, quote markers), because
 * Slack's limit applies to what is sent.
 */
final class SectionSplitter {

    private static final int SENTENCES = 0;
    private static final int WORDS = 1;
    private static final int CHARACTERS = 2;

    private final int limit;
    private final UnaryOperator<String> render;

    SectionSplitter(int limit, UnaryOperator<String> render) {
        this.limit = limit;
        this.render = render;
    }

    /** The rendered pieces, each at most {@code limit} characters; empty for blank text. */
    List<String> split(String text) {
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        pack(text, SENTENCES, current, pieces);
        flush(current, pieces);
        return pieces;
    }

    private void pack(String text, int level, StringBuilder current, List<String> pieces) {
        for (String unit : units(text, level)) {
            if (fits(current + unit)) {
                current.append(unit);
                continue;
            }
            flush(current, pieces);
            if (fits(unit)) {
                current.append(unit);
            } else if (level == CHARACTERS) {
                throw new IllegalArgumentException("a limit of " + limit + " cannot hold even one character");
            } else {
                pack(unit, level + 1, current, pieces);
            }
        }
    }

    private boolean fits(String candidate) {
        return render.apply(candidate.strip()).length() <= limit;
    }

    private void flush(StringBuilder current, List<String> pieces) {
        String piece = current.toString().strip();
        if (!piece.isEmpty()) {
            pieces.add(render.apply(piece));
        }
        current.setLength(0);
    }

    /** Units keep their trailing whitespace, so concatenating them gives back the text exactly. */
    private static List<String> units(String text, int level) {
        if (level == CHARACTERS) {
            return text.codePoints().mapToObj(Character::toString).toList();
        }
        if (level == WORDS) {
            return List.of(text.split("(?<=\\s)(?=\\S)"));
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.UK);
        sentences.setText(text);
        List<String> units = new ArrayList<>();
        for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                start = end, end = sentences.next()) {
            units.add(text.substring(start, end));
        }
        return units;
    }
}
