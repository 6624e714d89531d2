package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;

/** The second ingest pass on cleaned lines written inline: sections, clauses and the repairs it reports. */
class ClauseParserTest {

    private final IngestReport report = new IngestReport();
    private static final Council COUNCIL = new Council("t", "T", 0, "t.txt", "", "", List.of(), List.of());

    /** Each string is one logical line; "- " starts a list item, leading spaces indent it. */
    private List<Clause> parse(String... texts) {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String raw = texts[i];
            int indent = raw.length() - raw.stripLeading().length();
            String text = raw.strip();
            boolean bullet = text.startsWith("- ");
            lines.add(new SourceLine(i + 1, i + 1, indent, bullet, bullet ? text.substring(2) : text, List.of()));
        }
        return new ClauseParser(COUNCIL, report).parse(new SourceCleaner.CleanSource(lines, Map.of()));
    }

    private static List<String> numbers(List<Clause> clauses) {
        return clauses.stream().map(Clause::number).toList();
    }

    private List<String> findings() {
        return report.findings().stream().map(IngestReport.Finding::toString).toList();
    }

    @Test
    void lookAlikeLettersInClauseNumbersAreReadAsDigitsAndReported() {
        List<Clause> clauses = parse("I. ROLES", "I.01 Members lead.", "I.02 Officers advise.");
        assertEquals(List.of("1.01", "1.02"), numbers(clauses));
        assertTrue(findings().contains("t:2: clause number I.01 read as 1.01"), findings()::toString);
    }

    @Test
    void aNumberFromThePreviousSectionIsRepairedFromTheSequence() {
        List<Clause> clauses = parse("5 When things go wrong", "5.1 Talk first.", "6 Updates", "5.1 Reviewed yearly.");
        assertEquals(List.of("5.1", "6.1"), numbers(clauses));
        assertTrue(findings().contains("t:4: clause number 5.1 is out of sequence in section 6; repaired to 6.1"), findings()::toString);
    }

    @Test
    void aListItemThatLostItsNumberIsNumberedFromTheSequence() {
        List<Clause> clauses = parse("6 Party groups", "6.1 Officers may attend.", "- Officers do not advise on tactics.",
                "6.3 Briefings are confidential.");
        assertEquals(List.of("6.1", "6.2", "6.3"), numbers(clauses));
        assertEquals("Officers do not advise on tactics.", clauses.get(1).text());
    }

    @Test
    void labelledSubPointsStayInTheirClauseOnTheirOwnLines() {
        List<Clause> clauses = parse("4 Access", "4.2 Officers refuse where:", "(a) it is confidential;", "(b) there is a conflict.");
        assertEquals(List.of("4.2"), numbers(clauses));
        assertEquals("Officers refuse where:\n(a) it is confidential;\n(b) there is a conflict.", clauses.get(0).text());
    }

    @Test
    void aSentenceBrokenByAPageIsJoinedBackTogether() {
        List<Clause> clauses = parse("1 Intro", "1.1 Officers give advice to", "members of every party.");
        assertEquals("Officers give advice to members of every party.", clauses.get(0).text());
    }

    @Test
    void aSectionWithoutClauseNumbersIsOneClauseNumberedAsTheSection() {
        List<Clause> clauses = parse("1 Expectations", "Members and officers respect each other.", "- Be polite", "2 Roles",
                "2.1 Members lead.");
        assertEquals(List.of("1", "2.1"), numbers(clauses));
        assertEquals("Members and officers respect each other.\n- Be polite", clauses.get(0).text());
    }

    @Test
    void aShortLineBeforeANumberedClauseIsItsSubheading() {
        List<Clause> clauses = parse("3 Scrutiny", "Attendance", "3.1 Officers attend when asked.");
        assertEquals("Attendance", clauses.get(0).subheading());
        assertEquals("Scrutiny", clauses.get(0).sectionHeading());
    }

    @Test
    void aClauseNumberUsedTwiceIsRefused() {
        IngestException error = assertThrows(IngestException.class, () -> parse("1 Intro", "1.1 One.", "1.2 Two.", "1.2 Again."));
        assertTrue(error.getMessage().startsWith("t.txt:4: clause number 1.2 appears twice (first at line 3, again at line 4)"),
                error.getMessage());
    }
}
