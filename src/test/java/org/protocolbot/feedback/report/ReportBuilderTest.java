package org.protocolbot.feedback.report;

import org.protocolbot.feedback.StoredFeedback;
import org.protocolbot.feedback.AnswerFeedback;
import org.protocolbot.feedback.AskedQuestion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.protocolbot.feedback.report.ProtocolReport.ClauseCount;
import org.protocolbot.feedback.report.ProtocolReport.CouncilSection;
import org.protocolbot.feedback.report.ProtocolReport.NotHelpfulAnswer;
import org.protocolbot.feedback.report.ProtocolReport.QuestionCount;
import org.protocolbot.feedback.report.ProtocolReport.Refusals;
import org.protocolbot.feedback.report.ProtocolReport.Totals;

/** The report over seeded rows: every count, every grouping and the one order (count desc, then text asc). */
class ReportBuilderTest {

    static final Instant AT = Instant.parse("2025-03-05T10:00:00Z");
    static final Optional<LocalDate> SINCE = Optional.of(LocalDate.parse("2025-03-01"));

    static List<StoredFeedback> seededFeedback() {
        return List.of(
                feedback("Can I attend a party group meeting?", "answer", null,
                        List.of("kirklees:6.3", "kirklees:6.4"), false, "h1"),
                feedback("can i  attend a party group meeting", "answer", null,
                        List.of("kirklees:6.3", "kirklees:6.4"), false, "h2"),
                feedback("Who briefs the leader?", "answer", "leeds", List.of("leeds:7.4"), false, "h1"),
                feedback("Who briefs the leader?", "answer", "leeds", List.of("leeds:7.4"), true, "h3"),
                feedback("What does the protocol say about gifts?", "no_match", "rbkc", List.of(), false, "h2"),
                feedback("Officer advice to groups", "answer", null, List.of("kirklees:6.3", "wolverhampton:5.2"),
                        true, "h3"));
    }

    static List<AskedQuestion> seededQuestions() {
        return List.of(
                question("Can officers accept gifts?", null, "no_match", null),
                question("can officers accept gifts", null, "no_match", null),
                question("Can officers  accept gifts?", "leeds", "no_match", null),
                question("What about social media?", "leeds", "no_match", null),
                question("Write my campaign leaflet", null, "refuse", "party-business"),
                question("Draft a group whip note", "kirklees", "refuse", "party-business"),
                question("Who should I vote for?", null, "refuse", "political-advice"),
                question("Write my campaign leaflet.", null, "refuse", "party-business"));
    }

    static StoredFeedback feedback(String question, String outcome, String council, List<String> citations,
            boolean helpful, String userHash) {
        return new StoredFeedback(new AnswerFeedback(question, outcome, Optional.ofNullable(council), citations,
                "slack", helpful, AT), userHash);
    }

    static AskedQuestion question(String text, String council, String outcome, String rule) {
        return new AskedQuestion(text, Optional.ofNullable(council), outcome, Optional.ofNullable(rule), "slack",
                AT);
    }

    static ProtocolReport expectedReport() {
        return new ProtocolReport(
                "2025-03-01",
                new Totals(6, 2, 4, 3, 4, 4),
                List.of(new QuestionCount("can officers accept gifts", 3),
                        new QuestionCount("what about social media", 1)),
                List.of(new NotHelpfulAnswer("can i attend a party group meeting", "answer",
                                List.of("kirklees:6.3", "kirklees:6.4"), 2),
                        new NotHelpfulAnswer("what does the protocol say about gifts", "no_match", List.of(), 1),
                        new NotHelpfulAnswer("who briefs the leader", "answer", List.of("leeds:7.4"), 1)),
                List.of(new ClauseCount("kirklees:6.3", 2), new ClauseCount("kirklees:6.4", 2),
                        new ClauseCount("leeds:7.4", 1)),
                List.of(new Refusals("party-business", 3, List.of(
                                new QuestionCount("write my campaign leaflet", 2),
                                new QuestionCount("draft a group whip note", 1))),
                        new Refusals("political-advice", 1, List.of(new QuestionCount("who should i vote for", 1)))),
                List.of(
                        new CouncilSection("all", 0, 0,
                                List.of(new QuestionCount("can officers accept gifts", 2)),
                                List.of(),
                                List.of(new Refusals("party-business", 2,
                                                List.of(new QuestionCount("write my campaign leaflet", 2))),
                                        new Refusals("political-advice", 1,
                                                List.of(new QuestionCount("who should i vote for", 1))))),
                        new CouncilSection("kirklees", 1, 2,
                                List.of(),
                                List.of(new ClauseCount("kirklees:6.3", 2), new ClauseCount("kirklees:6.4", 2)),
                                List.of(new Refusals("party-business", 1,
                                        List.of(new QuestionCount("draft a group whip note", 1))))),
                        new CouncilSection("leeds", 1, 1,
                                List.of(new QuestionCount("can officers accept gifts", 1),
                                        new QuestionCount("what about social media", 1)),
                                List.of(new ClauseCount("leeds:7.4", 1)),
                                List.of()),
                        new CouncilSection("rbkc", 0, 1, List.of(), List.of(), List.of()),
                        new CouncilSection("wolverhampton", 1, 0, List.of(), List.of(), List.of())));
    }

    @Test
    void theReportOverSeededDataHasEveryCountInOrder() {
        ProtocolReport report = new ReportBuilder().build(SINCE, seededFeedback(), seededQuestions());
        assertEquals(expectedReport(), report);
    }

    @Test
    void theOrderOfTheRowsDoesNotChangeTheReport() {
        List<StoredFeedback> feedback = new ArrayList<>(seededFeedback());
        List<AskedQuestion> questions = new ArrayList<>(seededQuestions());
        Random random = new Random(42);
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(feedback, random);
            Collections.shuffle(questions, random);
            assertEquals(expectedReport(), new ReportBuilder().build(SINCE, feedback, questions));
        }
    }

    @Test
    void anEmptyStoreGivesAnEmptyReportCoveringEverything() {
        assertEquals(new ProtocolReport(null, new Totals(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(),
                        List.of(), List.of()),
                new ReportBuilder().build(Optional.empty(), List.of(), List.of()));
    }

    @Test
    void aRefusalWithoutARecordedRuleIsCountedAsUnspecified() {
        ProtocolReport report = new ReportBuilder().build(Optional.empty(), List.of(),
                List.of(question("Tell me who to back", null, "refuse", null)));
        assertEquals(List.of(new Refusals(ReportBuilder.UNKNOWN_RULE, 1,
                List.of(new QuestionCount("tell me who to back", 1)))), report.refusals());
    }
}
