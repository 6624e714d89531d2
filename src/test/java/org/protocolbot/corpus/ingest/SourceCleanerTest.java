package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/** The first ingest pass on small inline sources: what it keeps, joins and removes, and what it counts. */
class SourceCleanerTest {

    private final IngestReport report = new IngestReport();

    private SourceCleaner.CleanSource clean(Council council, String... lines) {
        return new SourceCleaner(council, report).clean(List.of(lines));
    }

    private SourceCleaner.CleanSource clean(String... lines) {
        return clean(council("", "", List.of()), lines);
    }

    private static Council council(String start, String end, List<String> ignore) {
        return new Council("t", "T", 0, "t.txt", start, end, ignore, List.of());
    }

    private static List<String> texts(SourceCleaner.CleanSource source) {
        return source.lines().stream().map(SourceLine::text).toList();
    }

    @Test
    void wrappedLinesBecomeOneLogicalLineThatRemembersItsPhysicalLines() {
        SourceCleaner.CleanSource out = clean("1.1 Officers give", "impartial advice.", "", "1.2 Members decide.");
        assertEquals(List.of("1.1 Officers give impartial advice.", "1.2 Members decide."), texts(out));
        assertEquals(1, out.lines().get(0).firstLine());
        assertEquals(2, out.lines().get(0).lastLine());
        assertEquals(4, out.lines().get(1).firstLine());
    }

    @Test
    void aNumberAloneOnItsLineIsJoinedToTheTextAfterTheBlankLine() {
        assertEquals(List.of("8.1 Members and officers respect each other."), texts(clean("8.1", "", "Members and officers respect each other.")));
        assertEquals(Map.of("clause numbers on their own line (joined to the text that follows)", 1), report.debrisCounts("t"));
    }

    @Test
    void aBareNumberIsAPageNumberNotAClause() {
        assertEquals(List.of("1.1 Text before.", "1.2 Text after."), texts(clean("1.1 Text before.", "", "7", "", "1.2 Text after.")));
        assertEquals(Map.of("page numbers", 1), report.debrisCounts("t"));
    }

    @Test
    void pageNumbersInEveryCommonStyleAndFootersWithAPageCountAreRemovedAndCounted() {
        assertEquals(List.of("1.1 First.", "1.2 Second."), texts(clean("1.1 First.", "", "- 3 -", "", "Page | 5", "",
                "4 | P a g e", "", "Issue 3 – October 2020 Page 6 of 12", "", "1.2 Second.")));
        assertEquals(Map.of("page numbers", 3, "page footers with a page count", 1), report.debrisCounts("t"));
    }

    @Test
    void aTableOfContentsIsRemovedWithItsTitleAndCounted() {
        assertEquals(List.of("1 Introduction", "1.1 Kept."), texts(clean("Contents", "1 Introduction ........ 2",
                "2 Roles\t3", "", "1 Introduction", "1.1 Kept.")));
        assertEquals(Map.of("table of contents lines", 3), report.debrisCounts("t"));
    }

    @Test
    void aShortLineStandingAloneOnEveryPageIsARunningHeaderButARepeatedLineEndIsText() {
        SourceCleaner.CleanSource out = clean("Member Officer Protocol", "", "1.1 Officers serve", "the council.", "",
                "Member Officer Protocol", "", "1.2 Members lead", "the council.");
        assertEquals(List.of("1.1 Officers serve the council.", "1.2 Members lead the council."), texts(out));
        assertEquals(Map.of("page headers and footers (repeated lines)", 2), report.debrisCounts("t"));
    }

    @Test
    void reviewNotesWhoseNameEndsInABracketAreRemoved() {
        // The old pattern put \b after "]" and ")", where no word boundary can be before ":" or " ".
        assertEquals(List.of("1.1 Kept."), texts(clean("1.1 Kept.", "Comment [AB12]: reword", "Moved (to) [3]: Kept.",
                "Moved (from) [3]: Kept.")));
        assertEquals(Map.of("tracked-change notes", 3), report.debrisCounts("t"));
    }

    @Test
    void struckThroughTextAndMarkdownAreRemovedAndCounted() {
        assertEquals(List.of("1.1 Officers advise members."), texts(clean("1.1 **Officers** ~~never~~ advise *members*.")));
        assertEquals(Map.of("bold markers (tracked insertions kept as text)", 1, "struck-through (deleted) text", 1,
                "italic markers", 1), report.debrisCounts("t"));
    }

    @Test
    void footnotesBecomeNotesAndTheirMarkersAreCollected() {
        SourceCleaner.CleanSource out = clean("1.1 Officers advise members¹.", "", "¹ See the code of conduct.");
        assertEquals(List.of("1.1 Officers advise members."), texts(out));
        assertEquals(List.of("1"), out.lines().get(0).footnoteRefs());
        assertEquals(Map.of("1", "See the code of conduct."), out.footnotes());
    }

    @Test
    void startAndEndPatternsCutTheWrappingReportAndTheAppendix() {
        SourceCleaner.CleanSource out = clean(council("^PROTOCOL$", "^Appendix", List.of()),
                "Report to committee", "1. Recommendation", "PROTOCOL", "1 Intro", "1.1 Kept.", "Appendix A", "1.1 Not kept.");
        assertEquals(List.of("PROTOCOL", "1 Intro", "1.1 Kept."), texts(out));
        assertEquals(Map.of("wrapping report lines before the protocol", 2, "appendix lines after the protocol", 2),
                report.debrisCounts("t"));
    }

    @Test
    void aStartPatternThatMatchesNothingNamesThePattern() {
        IngestException error = assertThrows(IngestException.class, () -> clean(council("^Nowhere$", "", List.of()), "1.1 Text."));
        assertTrue(error.getMessage().contains("startPattern ^Nowhere$ matches no line"), error.getMessage());
    }

    @Test
    void manifestIgnorePatternsRemoveTheirLines() {
        assertEquals(List.of("1.1 Kept."), texts(clean(council("", "", List.of("^Draft v\\d$")), "Draft v2", "", "1.1 Kept.")));
        assertEquals(Map.of("page headers and footers (manifest)", 1), report.debrisCounts("t"));
    }
}
