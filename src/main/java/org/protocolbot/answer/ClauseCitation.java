package org.protocolbot.answer;

import org.protocolbot.corpus.Clause;

/**
 * Where a quote comes from: council, clause number and section heading.
 *
 * @param council     council id
 * @param councilName council display name
 * @param clause      clause number as the protocol numbers it
 * @param heading     the section heading of the clause
 */
public record ClauseCitation(String council, String councilName, String clause, String heading) {

    public static ClauseCitation of(Clause clause, String councilName) {
        return new ClauseCitation(clause.council(), councilName, clause.number(), clause.sectionHeading());
    }

    /** {@code kirklees:6.3}: the id used in JSON and evaluation. */
    public String id() {
        return council + ":" + clause;
    }

    /** {@code Kirklees Council, clause 6.3 (Party Groups and Officers)}: the human citation line. */
    public String label() {
        return councilName + ", clause " + clause + " (" + heading + ")";
    }
}
