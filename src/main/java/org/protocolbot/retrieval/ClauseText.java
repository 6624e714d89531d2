package org.protocolbot.retrieval;

import org.protocolbot.corpus.Clause;

/** The text a clause is indexed by: its headings give context the clause text often leaves implicit. */
public final class ClauseText {

    private ClauseText() {
    }

    public static String forIndex(Clause clause) {
        StringBuilder out = new StringBuilder(clause.sectionHeading());
        if (!clause.subheading().isEmpty()) {
            out.append(". ").append(clause.subheading());
        }
        return out.append(". ").append(clause.text()).toString();
    }
}
