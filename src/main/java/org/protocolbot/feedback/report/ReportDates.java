package org.protocolbot.feedback.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The report's date handling, shared by the CLI and the HTTP endpoint. Days start at midnight UTC. */
public final class ReportDates {

    private ReportDates() {
    }

    /**
     * Parses a {@code --since} or {@code ?since=} value: an ISO date such as 2025-04-01, or blank for everything.
     *
     * @throws IllegalArgumentException with a message fit to show the user
     */
    public static Optional<LocalDate> parseSince(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since must be a date written YYYY-MM-DD, e.g. 2025-04-01");
        }
    }

    /** The first instant the report covers; the Unix epoch stands for "everything" (no earlier data exists). */
    static Instant startOf(Optional<LocalDate> since) {
        return since.map(d -> d.atStartOfDay(ZoneOffset.UTC).toInstant()).orElse(Instant.EPOCH);
    }
}
