package org.protocolbot.corpus;

import java.util.List;
import java.util.Objects;

/**
 * One clause of a council's protocol, exactly as the protocol words it.
 *
 * @param council        council id, e.g. {@code kirklees}
 * @param number         the clause number as the protocol numbers it, e.g. {@code 6.3} or {@code 1.05}
 * @param sectionNumber  the number of the section the clause sits in, e.g. {@code 6}
 * @param sectionHeading the section's heading, e.g. {@code Party Groups and Officers}
 * @param subheading     the sub-heading the clause sits under, or empty
 * @param text           the verbatim clause text; sub-points on their own lines
 * @param notes          footnotes and section notes that belong to this clause, verbatim
 * @param firstLine      first line of the clause in the source file (1-based), for audit
 * @param lastLine       last line of the clause in the source file (1-based)
 */
public record Clause(
        String council,
        String number,
        String sectionNumber,
        String sectionHeading,
        String subheading,
        String text,
        List<String> notes,
        int firstLine,
        int lastLine) {

    public Clause {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(sectionNumber, "sectionNumber");
        Objects.requireNonNull(sectionHeading, "sectionHeading");
        subheading = subheading == null ? "" : subheading;
        Objects.requireNonNull(text, "text");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** The stable citation id used everywhere: {@code council:number}. */
    public String id() {
        return council + ":" + number;
    }
}
