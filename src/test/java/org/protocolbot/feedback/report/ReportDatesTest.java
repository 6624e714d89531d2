package org.protocolbot.feedback.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The since date of {@code report --since} and {@code GET /api/report?since=}. */
class ReportDatesTest {

    @Test
    void anIsoDateStartsAtMidnightUtc() {
        Optional<LocalDate> since = ReportDates.parseSince(" 2025-04-01 ");
        assertEquals(Optional.of(LocalDate.of(2025, 4, 1)), since);
        assertEquals(Instant.parse("2025-04-01T00:00:00Z"), ReportDates.startOf(since));
    }

    @Test
    void noDateMeansEverything() {
        assertEquals(Optional.empty(), ReportDates.parseSince(null));
        assertEquals(Optional.empty(), ReportDates.parseSince(" "));
        assertEquals(Instant.EPOCH, ReportDates.startOf(Optional.empty()));
    }

    @Test
    void anythingElseGetsAMessageSayingTheFormat() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportDates.parseSince("01/04/2025"));
        assertEquals("since must be a date written YYYY-MM-DD, e.g. 2025-04-01", e.getMessage());
    }
}
