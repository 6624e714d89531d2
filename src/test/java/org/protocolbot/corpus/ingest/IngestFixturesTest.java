package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/**
 * One small source of our own writing per layout and per kind of debris (src/test/resources/ingest/), each checked
 * for the clause numbers, headings and texts ingest produces and for what the report says. No model is loaded.
 */
class IngestFixturesTest {

    record Ingested(List<Clause> clauses, IngestReport report) {
        List<String> numbers() {
            return clauses.stream().map(Clause::number).toList();
        }

        List<String> headings() {
            return clauses.stream().map(Clause::sectionHeading).distinct().toList();
        }

        Clause clause(String number) {
            return clauses.stream().filter(c -> c.number().equals(number)).findFirst().orElseThrow(
                    () -> new AssertionError("no clause " + number + " in " + numbers()));
        }

        String rendered() {
            return report.renderCouncil("fixture");
        }
    }

    static Ingested ingest(String fixture) {
        IngestReport report = new IngestReport();
        return new Ingested(Ingester.parse(council(fixture), lines(fixture), report), report);
    }

    static Council council(String source) {
        return new Council("fixture", "Fixture Council", 0, source, "", "", List.of(), List.of());
    }

    static List<String> lines(String fixture) {
        try (InputStream in = IngestFixturesTest.class.getResourceAsStream("/ingest/" + fixture)) {
            if (in == null) {
                throw new AssertionError("fixture missing: " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    // --- numbered headings ---

    @Test
    void headingsNumberedWithADotKeepTheProtocolsClauseNumbers() {
        Ingested in = ingest("numbered-dot-headings.txt");
        assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers());
        assertEquals(List.of("Introduction", "Gifts and Hospitality"), in.headings());
        assertEquals("Officers must not accept gifts from councillors.", in.clause("2.1").text());
        assertTrue(in.rendered().contains("line 1: text before the first section heading ignored (title): Protocol on Member"),
                in.rendered());
    }

    @Test
    void headingsNumberedOnePointZeroAreHeadingsNotClauses() {
        Ingested in = ingest("numbered-zero-headings.txt");
        assertEquals(List.of("1.1", "2.1", "2.2"), in.numbers());
        assertEquals(List.of("INTRODUCTION", "ROLES OF COUNCILLORS"), in.headings());
    }

    @Test
    void headingsNumberedWithASpaceOnly() {
        Ingested in = ingest("numbered-space-headings.txt");
        assertEquals(List.of("1.1", "2.1"), in.numbers());
        assertEquals(List.of("Introduction", "Officer Advice"), in.headings());
    }

    @Test
    void sectionWordHeadingsWithDashOrColon() {
        Ingested in = ingest("section-word-headings.txt");
        assertEquals(List.of("1.1", "2.1", "2.2"), in.numbers());
        assertEquals(List.of("Introduction", "Party Groups"), in.headings());
        assertEquals("2", in.clause("2.2").sectionNumber());
    }

    @Test
    void romanNumeralHeadings() {
        Ingested in = ingest("roman-headings.txt");
        assertEquals(List.of("1.1", "2.1", "3.1"), in.numbers());
        assertEquals(List.of("THE ROLES OF COUNCILLORS AND OFFICERS", "THE FORMAL DECISION-MAKING PROCESS", "SCRUTINY"),
                in.headings());
    }

    @Test
    void numberingMayStartAtAnySection() {
        Ingested in = ingest("numbering-starts-at-eight.txt");
        assertEquals(List.of("8.1", "9.1", "9.2"), in.numbers());
        assertEquals(List.of("Introduction", "Communications"), in.headings());
    }

    @Test
    void partEightWithClauseNumbersOnTheirOwnLineAndUnnumberedSubheadings() {
        Ingested in = ingest("part-eight-number-own-line.txt");
        assertEquals(List.of("8.1", "8.2", "8.3"), in.numbers());
        assertEquals(List.of("Protocol on Member/Officer Relations"), in.headings());
        assertEquals("This protocol is part 8 of the constitution and guides relations between members and officers.",
                in.clause("8.1").text());
        assertEquals("Members and officers treat each other with respect.", in.clause("8.2").text());
        assertEquals("Introduction", in.clause("8.2").subheading());
        assertEquals("Working relationships", in.clause("8.3").subheading());
        assertTrue(in.rendered().contains("removed clause numbers on their own line (joined to the text that follows): 3"),
                in.rendered());
    }

    @Test
    void paragraphsNumberedFromOneInEachNumberedSection() {
        Ingested in = ingest("restarting-under-numbered-headings.txt");
        assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers());
        assertEquals("It forms part of the constitution.", in.clause("1.2").text());
        assertEquals("Gifts", in.clause("2.1").sectionHeading());
    }

    // --- unnumbered headings ---

    @Test
    void unnumberedHeadingsWithParagraphsNumberedFromOneAgainGetSectionNumbersInOrder() {
        Ingested in = ingest("unnumbered-headings-restarting.txt");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2", "2.3"), in.numbers());
        assertEquals(List.of("Introduction", "Roles of councillors and officers"), in.headings());
        assertEquals("Officers are employed to advise councillors and carry out the council's decisions:\n(a) lawfully;\n"
                + "(b) impartially.", in.clause("2.2").text(), "sub-points are kept with their paragraph");
        assertEquals("Neither should undermine the other in public.", in.clause("2.3").text());
        assertTrue(in.rendered().contains("layout: unnumbered section headings"), in.rendered());
        assertTrue(in.rendered().contains("text before the first section heading ignored (title): Member and Officer Relations Protocol"),
                in.rendered());
    }

    @Test
    void unnumberedHeadingsOverUnnumberedParagraphsNumberEachParagraphAndAcceptALongHeading() {
        Ingested in = ingest("unnumbered-headings-plain.txt");
        assertEquals(List.of("1.1", "1.2", "2.1", "2.2"), in.numbers());
        String longHeading = "Relationships between councillors, officers, the political groups of the council and the public"
                + " in the council's area of the borough";
        assertEquals(List.of("Introduction", longHeading), in.headings());
        assertEquals("Councillors and officers work in partnership.", in.clause("2.1").text(),
                "the long heading is not glued to the clause before it");
        assertFalse(in.clause("1.2").text().contains("Relationships"));
        assertTrue(in.rendered().contains("warning: long line read as the heading of section 2"), in.rendered());
    }

    // --- sub-points ---

    @Test
    void aSectionNumberedOnlyByLettersCitesEachPoint() {
        Ingested in = ingest("lettered-points-only.txt");
        assertEquals(List.of("1", "1(a)", "1(b)", "1(c)", "2(a)", "2(b)"), in.numbers());
        assertEquals("Councillors and officers should:", in.clause("1").text());
        assertEquals("(b) avoid personal criticism in public; and", in.clause("1(b)").text());
        assertEquals("Complaints", in.clause("2(b)").sectionHeading());
        assertTrue(in.rendered().contains("each point is cited on its own, 2(a) to 2(b)"), in.rendered());
    }

    @Test
    void subPointsInsideANumberedClauseStayWithTheirClauseOnTheirOwnLines() {
        Ingested in = ingest("sub-points-in-a-clause.txt");
        assertEquals(List.of("4.1", "4.2", "4.3"), in.numbers());
        assertEquals("Officers will refuse a request where:\n(a) the information is confidential;\n"
                + "(b) the councillor has a conflict of interest.", in.clause("4.2").text());
    }

    // --- debris ---

    @Test
    void aTableOfContentsIsRemovedAndCounted() {
        Ingested in = ingest("table-of-contents.txt");
        assertEquals(List.of("1.1", "2.1", "3.1"), in.numbers());
        assertEquals(List.of("Introduction", "Gifts and Hospitality", "Complaints"), in.headings());
        assertTrue(in.rendered().contains("removed table of contents lines: 4"), in.rendered());
    }

    @Test
    void footersInEveryCommonStyleAreRemovedAndTheBrokenSentenceJoined() {
        for (String style : List.of("dash", "page-pipe", "spaced-page", "issue-page-count")) {
            Ingested in = ingest("footer-" + style + ".txt");
            assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers(), style);
            assertEquals("This protocol sets out how councillors and officers work together.", in.clause("1.1").text(), style);
            int removed = in.report().debrisCounts("fixture").values().stream().mapToInt(Integer::intValue).sum();
            assertEquals(1, removed, style + ": " + in.rendered());
        }
    }

    @Test
    void aLongRunningHeaderThatRepeatsIsRemoved() {
        Ingested in = ingest("running-header-long.txt");
        assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers());
        assertTrue(in.rendered().contains("removed page headers and footers (repeated lines): 3"), in.rendered());
        in.clauses().forEach(c -> assertFalse(c.text().contains("Part 5 of the Constitution"), c.text()));
    }

    @Test
    void reviewNotesAreRemovedIncludingCommentAndMovedWithBrackets() {
        Ingested in = ingest("review-notes.txt");
        assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers());
        assertEquals("This protocol sets out how councillors and officers work together.", in.clause("1.1").text());
        assertTrue(in.rendered().contains("removed tracked-change notes: 6"), in.rendered());
    }

    // --- never a silent bad corpus ---

    @Test
    void duplicateClauseNumbersAreRefusedNamingBothLines() {
        IngestException error = assertThrows(IngestException.class, () -> ingest("duplicate-numbers.txt"));
        assertTrue(error.getMessage().startsWith("duplicate-numbers.txt:5: clause number 1.1 appears twice (first at line 3,"
                + " again at line 5)"), error.getMessage());
    }

    @Test
    void aSourceWithNoStructureFailsAtItsFirstLineWithAHintAboutHeadings() {
        IngestException error = assertThrows(IngestException.class, () -> ingest("no-structure.txt"));
        assertTrue(error.getMessage().startsWith("no-structure.txt:1: could not read the protocol's structure from here"),
                error.getMessage());
        assertTrue(error.getMessage().contains("no line reads as a section heading"), error.getMessage());
        assertFalse(error.getMessage().contains("start and end patterns"), error.getMessage());
    }

    @Test
    void aHeadingGluedToTheEndOfAClauseIsWarnedAbout() {
        Ingested in = ingest("glued-heading.txt");
        assertEquals(List.of("1.1", "2.1"), in.numbers());
        assertTrue(in.rendered().contains("line 4: warning: the end of clause 1.1 may be the heading of section 2 glued to it: \"…"),
                in.rendered());
        assertTrue(in.rendered().contains("work together. Gifts and hospitality\" (put the heading on its own line)"), in.rendered());
        assertTrue(in.report().findings("fixture").stream().anyMatch(f -> f.severity() == IngestReport.Severity.WARNING));
    }

    @Test
    void anUnnumberedHeadingAboveTheFirstClauseOfANewSectionHeadsThatSection() {
        Ingested in = ingest("unnumbered-heading-above-new-section.txt");
        assertEquals(List.of("1.1", "1.2", "2.1"), in.numbers());
        assertEquals(List.of("Introduction", "Gifts and hospitality"), in.headings());
        assertTrue(in.rendered().contains("warning: the line above clause 2.1, \"Gifts and hospitality\", is read as the heading"
                + " of section 2"), in.rendered());
    }

    @Test
    void aSectionWithNoClausesIsWarnedAbout() {
        Ingested in = ingest("section-without-clauses.txt");
        assertEquals(List.of("1.1", "3.1"), in.numbers());
        assertTrue(in.rendered().contains("line 5: warning: section 2 (Reserved) has no clauses"), in.rendered());
    }

    @Test
    void theOutlineListsSectionsWithClauseNumbersAndFirstWords() {
        Ingested in = ingest("section-word-headings.txt");
        assertEquals(List.of(
                "1  Introduction",
                "  1.1      This protocol sets out how councillors and officers work together.",
                "2  Party Groups",
                "  2.1      Officers may brief party groups on council business only.",
                "  2.2      Officers do not attend party group meetings held to decide …"),
                Ingester.outline(in.clauses()));
    }
}
