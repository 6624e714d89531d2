package org.protocolbot.feedback.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.protocolbot.feedback.report.ProtocolReport.ClauseCount;
import org.protocolbot.feedback.report.ProtocolReport.CouncilSection;
import org.protocolbot.feedback.report.ProtocolReport.NotHelpfulAnswer;
import org.protocolbot.feedback.report.ProtocolReport.QuestionCount;
import org.protocolbot.feedback.report.ProtocolReport.Refusals;
import org.protocolbot.feedback.report.ProtocolReport.Totals;

/** The two renderings of a report, byte for byte: JSON for the API and --json, plain text for the terminal. */
class ReportRenderingTest {

    static final ProtocolReport SMALL = new ProtocolReport(
            "2025-03-01",
            new Totals(3, 1, 2, 2, 1, 1),
            List.of(new QuestionCount("can officers accept gifts", 1)),
            List.of(new NotHelpfulAnswer("who briefs the leader", "answer", List.of("leeds:7.4"), 1),
                    new NotHelpfulAnswer("what about gifts", "no_match", List.of(), 1)),
            List.of(new ClauseCount("leeds:7.4", 1)),
            List.of(new Refusals("party-business", 1, List.of(new QuestionCount("write my leaflet", 1)))),
            List.of(new CouncilSection("leeds", 1, 1, List.of(new QuestionCount("can officers accept gifts", 1)),
                    List.of(new ClauseCount("leeds:7.4", 1)), List.of())));

    @Test
    void jsonHasTheDocumentedFieldsInDeclarationOrder() {
        assertEquals("""
                {
                  "since" : "2025-03-01",
                  "totals" : {
                    "feedback" : 3,
                    "helpful" : 1,
                    "notHelpful" : 2,
                    "distinctUsers" : 2,
                    "unanswered" : 1,
                    "refused" : 1
                  },
                  "unanswered" : [ {
                    "question" : "can officers accept gifts",
                    "count" : 1
                  } ],
                  "notHelpfulAnswers" : [ {
                    "question" : "who briefs the leader",
                    "outcome" : "answer",
                    "citations" : [ "leeds:7.4" ],
                    "count" : 1
                  }, {
                    "question" : "what about gifts",
                    "outcome" : "no_match",
                    "citations" : [ ],
                    "count" : 1
                  } ],
                  "notHelpfulClauses" : [ {
                    "clause" : "leeds:7.4",
                    "count" : 1
                  } ],
                  "refusals" : [ {
                    "rule" : "party-business",
                    "count" : 1,
                    "questions" : [ {
                      "question" : "write my leaflet",
                      "count" : 1
                    } ]
                  } ],
                  "councils" : [ {
                    "council" : "leeds",
                    "helpful" : 1,
                    "notHelpful" : 1,
                    "unanswered" : [ {
                      "question" : "can officers accept gifts",
                      "count" : 1
                    } ],
                    "notHelpfulClauses" : [ {
                      "clause" : "leeds:7.4",
                      "count" : 1
                    } ],
                    "refusals" : [ ]
                  } ]
                }
                """, ReportJson.render(SMALL));
    }

    @Test
    void jsonOfAReportCoveringEverythingHasANullSince() {
        ProtocolReport everything = new ProtocolReport(null, new Totals(0, 0, 0, 0, 0, 0), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals("""
                {
                  "since" : null,
                  "totals" : {
                    "feedback" : 0,
                    "helpful" : 0,
                    "notHelpful" : 0,
                    "distinctUsers" : 0,
                    "unanswered" : 0,
                    "refused" : 0
                  },
                  "unanswered" : [ ],
                  "notHelpfulAnswers" : [ ],
                  "notHelpfulClauses" : [ ],
                  "refusals" : [ ],
                  "councils" : [ ]
                }
                """, ReportJson.render(everything));
    }

    @Test
    void textListsEachSectionWithCountsInAColumn() {
        assertEquals("""
                protocol-bot report: since 2025-03-01 (dates in UTC)

                Feedback: 3 clicks from 2 people: 1 helpful, 2 not helpful
                Question log: 1 with no match, 1 refused

                Questions with no match, most asked first
                      1  can officers accept gifts

                Answers marked not helpful
                      1  who briefs the leader  [answer: leeds:7.4]
                      1  what about gifts  [no_match]

                Clauses cited in answers marked not helpful
                      1  leeds:7.4

                Refusals by guard rule
                      1  party-business
                            1  write my leaflet

                Council: leeds (1 helpful, 1 not helpful)
                  Questions with no match
                        1  can officers accept gifts
                  Clauses cited in answers marked not helpful
                        1  leeds:7.4
                  Refusals by guard rule
                    (none)
                """, ReportText.render(SMALL));
    }

    @Test
    void oneClickFromOnePersonReadsInTheSingular() {
        ProtocolReport one = new ProtocolReport(null, new Totals(1, 1, 0, 1, 0, 0), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertTrue(ReportText.render(one).contains("\nFeedback: 1 click from 1 person: 1 helpful, 0 not helpful\n"),
                ReportText.render(one));
    }

    @Test
    void textOfAnEmptyReportSaysTheQuestionLogIsOptIn() {
        ProtocolReport empty = new ProtocolReport(null, new Totals(0, 0, 0, 0, 0, 0), List.of(), List.of(),
                List.of(), List.of(), List.of());
        assertEquals("""
                protocol-bot report: everything recorded (dates in UTC)

                Feedback: 0 clicks from 0 people: 0 helpful, 0 not helpful
                Question log: 0 with no match, 0 refused (the log is opt-in: set PROTOCOL_LOG_QUESTIONS=true on the bot)

                Questions with no match, most asked first
                  (none)

                Answers marked not helpful
                  (none)

                Clauses cited in answers marked not helpful
                  (none)

                Refusals by guard rule
                  (none)
                """, ReportText.render(empty));
    }
}
