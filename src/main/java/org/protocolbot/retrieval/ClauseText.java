package org.protocolbot.retrieval;

import org.protocolbot.corpus.Clause;

/** The text a clause is indexed by: its headings give context the clause text often leaves implicit. */
public final class ClauseText {

    private ClauseText() {
    }

    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("(?<=[.;:])\\s+(?=[A-Z(\\-])");
    private static final int MIN_PASSAGE_LENGTH = 25;

    /**
     * The clause's sentences and sub-points, each with its section heading: a question usually matches one sentence
     * of a long clause, and the whole-clause vector dilutes that sentence among the rest.
     */
    public static java.util.List<String> passages(Clause clause) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String line : clause.text().split("\n")) {
            for (String sentence : SENTENCE_END.split(line)) {
                if (sentence.strip().length() >= MIN_PASSAGE_LENGTH) {
                    out.add(clause.sectionHeading() + ". " + sentence.strip());
                }
            }
        }
        return out;
    }

    public static String forIndex(Clause clause) {
        StringBuilder out = new StringBuilder(clause.sectionHeading());
        if (!clause.subheading().isEmpty()) {
            out.append(". ").append(clause.subheading());
        }
        return out.append(". ").append(clause.text()).toString();
    }
}
