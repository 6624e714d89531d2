package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.protocolbot.corpus.Clause;

/** The text a clause is indexed by: its headings give context the clause text often leaves implicit. */
public final class ClauseText {

    /**
     * One sentence or sub-point of a clause, and where it stands in the verbatim clause text.
     *
     * @param text  what is embedded: the section heading, then the sentence
     * @param start offset of the sentence in {@link Clause#text()}, inclusive
     * @param end   offset of its end, exclusive
     */
    public record Passage(String text, int start, int end) {
    }

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;:])\\s+(?=[A-Z(\\-])");
    private static final int MIN_PASSAGE_LENGTH = 25;

    private ClauseText() {
    }

    /**
     * The clause's sentences and sub-points, each with its section heading: a question usually matches one sentence
     * of a long clause, and the whole-clause vector dilutes that sentence among the rest.
     */
    public static List<String> passages(Clause clause) {
        return passageSpans(clause).stream().map(Passage::text).toList();
    }

    /** As {@link #passages}, with each sentence's place in the clause text, so an answer can mark it. */
    public static List<Passage> passageSpans(Clause clause) {
        List<Passage> out = new ArrayList<>();
        String text = clause.text();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int sentenceStart = lineStart;
            Matcher end = SENTENCE_END.matcher(text).region(lineStart, lineEnd);
            while (sentenceStart <= lineEnd) {
                boolean found = end.find();
                int sentenceEnd = found ? end.start() : lineEnd;
                add(out, clause, text, sentenceStart, sentenceEnd);
                if (!found) {
                    break;
                }
                sentenceStart = end.end();
            }
            lineStart = lineEnd + 1;
        }
        return List.copyOf(out);
    }

    private static void add(List<Passage> out, Clause clause, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end - start >= MIN_PASSAGE_LENGTH) {
            out.add(new Passage(clause.sectionHeading() + ". " + text.substring(start, end), start, end));
        }
    }

    public static String forIndex(Clause clause) {
        StringBuilder out = new StringBuilder(clause.sectionHeading());
        if (!clause.subheading().isEmpty()) {
            out.append(". ").append(clause.subheading());
        }
        return out.append(". ").append(clause.text()).toString();
    }
}
