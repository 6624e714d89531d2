package org.protocolbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every clause is clean, verbatim text; spot checks quote the sources, including clauses that carried debris. */
class ClauseTextTest {

    private static final Pattern DEBRIS = Pattern.compile(
            "\\*\\*|~~|</?u>|\\]\\(#\\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]|(?m)^#|Formatted:|Deleted:|Page \\d+ of \\d+|(?m)^Protocol on Member/Officer Relations$"
                    + "|(?m)^Part 5 \\(c\\)$|Issue 1 – May 2007|\\[Please note");
    private static ClauseCorpus corpus;

    @BeforeAll
    static void load() {
        corpus = KnowledgeBase.directory(Path.of("knowledge")).load();
    }

    @TestFactory
    Stream<DynamicTest> everyClauseIsCleanAndEndsWhereTheNextBegins() {
        List<Clause> all = corpus.allClauses();
        return all.stream().map(clause -> DynamicTest.dynamicTest(clause.id(), () -> {
            assertFalse(clause.text().isBlank(), "empty clause");
            assertFalse(clause.sectionHeading().isBlank(), "no heading");
            assertFalse(DEBRIS.matcher(clause.text()).find(), () -> "debris in " + clause.id() + ": " + clause.text());
            assertFalse(DEBRIS.matcher(clause.sectionHeading()).find(), () -> "debris in heading " + clause.sectionHeading());
            for (Clause other : corpus.clauses(clause.council())) {
                if (!other.sectionNumber().equals(clause.sectionNumber())) {
                    assertFalse(clause.text().lines().anyMatch(l -> l.strip().equalsIgnoreCase(other.sectionHeading())),
                            () -> clause.id() + " contains the heading of section " + other.sectionNumber());
                }
            }
            int index = all.indexOf(clause);
            if (index + 1 < all.size() && all.get(index + 1).council().equals(clause.council())) {
                String next = firstSentence(all.get(index + 1).text());
                assertFalse(next.length() > 30 && clause.text().contains(next),
                        () -> clause.id() + " runs into the next clause: " + next);
            }
        }));
    }

    @Test
    void kirkleesClausesAreVerbatimAcrossPageBreaksAndLostNumbers() {
        assertText("kirklees", "6.3", "Officer involvement should be limited to the provision of factual information or "
                + "professional advice in relation to matters of council business. Officers should not advise on matters of "
                + "party business and should leave the meeting before the group discuss and / or decide their political "
                + "course of action.");
        assertText("kirklees", "4.2", "Implicit within these arrangements is a need for a close working relationship between "
                + "the members of Cabinet and senior officers. Such relationships should never become, or appear to become, so "
                + "close as to bring into question the officer's ability to deal impartially with other councillors and "
                + "political groups. Cabinet must respect the political neutrality of officers. Officers must ensure that "
                + "their political neutrality is not compromised.");
        assertText("kirklees", "6.6", "Officers must respect the confidentiality of any group discussions at which they are "
                + "present and will not relay the content of such discussions to another party group or to any other "
                + "councillors. This shall not prevent an officer providing feedback to other senior officers on a need to "
                + "know basis.");
        assertText("kirklees", "7.2", "Directors and senior officers must ensure that all relevant staff are aware of the "
                + "requirement to keep local councillors informed. This will allow councillors to perform their local "
                + "leadership role. This requirement is particularly important:\n(1) During the formative stages of policy "
                + "development.\n(2) In relation to significant or sensitive operational matters\n(3) Whenever any form of "
                + "public consultation exercise is undertaken, and\n(4) During a scrutiny episode");
    }

    @Test
    void appendixJClausesKeepSubPointsAndDropMarkup() {
        assertText("appendix-j", "6.2", "The role of elected Members is not static. Members may experience pressures today "
                + "which were unheard of yesterday. It is inevitable that there will be future challenges which put pressure "
                + "on the relationship between Members and Officers but which could not have been envisioned at the time this "
                + "Protocol was adopted.");
        Clause roles = corpus.clause("appendix-j", "2.2").orElseThrow();
        assertTrue(roles.text().startsWith("Members as Councillors have four main areas of responsibility:\n(a) determining "
                + "the policy of the District Council and giving it political leadership;"), roles.text());
        assertTrue(roles.text().endsWith("It is not the role of Members to involve themselves in the day to day management of "
                + "the Council's services. Furthermore, Members may not approach individual Officers to discuss operational "
                + "areas of work without first raising the issue with the relevant Chief Officer."), roles.text());
        assertEquals("Members", roles.subheading());
    }

    @Test
    void rbkcDropsStruckTextAndKeepsInsertions() {
        assertText("rbkc", "1.09", "Staffing matters (including discipline; training; setting and monitoring targets; and "
                + "recruitment, other than for Chief Officer posts) are dealt with exclusively by the relevant managers.");
        assertText("rbkc", "3.01", "Scrutiny or select committees have the power to require Lead Members and officers to "
                + "appear before them and answer questions. So far as Lead Members are concerned, scrutiny committees should, "
                + "wherever possible, require attendance only at meetings that appear in the Council diary. Officers and Lead "
                + "Members are required to 'give an account' to relevant scrutiny committees of their decisions, advice and "
                + "actions.");
        Clause first = corpus.clause("rbkc", "1.01").orElseThrow();
        assertFalse(first.text().contains("co-opted member"), "struck-through text must go");
        assertEquals("WORKING RELATIONSHIPS", corpus.clause("rbkc", "5.01").orElseThrow().sectionHeading());
    }

    @Test
    void wolverhamptonRecoversUnnumberedClauses() {
        assertText("wolverhampton", "6.4", "With the exception of political assistants, officers work to the instructions of "
                + "their senior officers, not individual members. It follows that, whilst such officers will always seek to "
                + "assist a member, they must not be asked to exceed the bounds of authority they have been given by their "
                + "managers. Except when the purpose of an enquiry is purely to seek factual information, members should "
                + "normally direct their requests and concerns to a senior officer, at least in the first instance.");
        assertText("wolverhampton", "17.4", "Letters which create legally enforceable obligations or which give instructions "
                + "on behalf of the Council should never be sent in the name of a member.");
        assertEquals("Party Groups and Officers (Excluding Political Assistants)",
                corpus.clause("wolverhampton", "12.5").orElseThrow().sectionHeading());
    }

    @Test
    void leedsRejoinsSentencesAroundFootnotesAndPageHeaders() {
        assertText("leeds", "2.1", "Members have a number of roles and need to be alert to the potential for conflicts of "
                + "interest which may arise between the roles. Where such conflicts are likely, Members may wish to seek the "
                + "advice of senior colleagues, the relevant senior officer(s), and/or the Monitoring Officer.");
        assertText("leeds", "14.4.1", "If a Member and an officer have a disagreement in relation to a matter within the remit "
                + "of that body, arising out of their respective roles on the body, they will treat that disagreement in a "
                + "professional manner. In particular both the Member and the Officer will take steps to ensure that the "
                + "disagreement does not affect the nature of their relationship within their respective roles as Member and "
                + "officer of the Council.");
        Clause bullying = corpus.clause("leeds", "4.11").orElseThrow();
        assertTrue(bullying.text().contains("has been bullied by a Member, s/he should raise the matter with his/her Director, "
                + "especially if"), bullying.text());
        assertTrue(bullying.notes().stream().anyMatch(n -> n.startsWith("Footnote 6: Bullying is prohibited")), bullying.notes()::toString);
        Clause executive = corpus.clause("leeds", "9.7").orElseThrow();
        assertTrue(executive.notes().get(0).endsWith("including those made by individuals."),
                "a footnote broken by a page stays whole: " + executive.notes());
        assertFalse(corpus.clause("leeds", "10.5").orElseThrow().text().contains("Decisions taken by individual Members"));
    }

    private static void assertText(String council, String number, String expected) {
        assertEquals(expected, corpus.clause(council, number).orElseThrow().text(), council + ":" + number);
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }
}
