package org.protocolbot.feedback.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The grouping key the report counts questions under. */
class QuestionTextTest {

    @Test
    void caseSpacingAndClosingPunctuationDoNotSplitAQuestion() {
        assertEquals("can i attend a party group meeting",
                QuestionText.normalise("  Can I attend a   party group\tmeeting?? "));
        assertEquals("can i attend a party group meeting", QuestionText.normalise("can i attend a party group meeting."));
        assertEquals("what's a monitoring officer", QuestionText.normalise("What\u2019s a Monitoring Officer!"));
    }

    @Test
    void punctuationInsideTheQuestionStays() {
        assertEquals("is clause 6.3 still in force? asking for leeds",
                QuestionText.normalise("Is clause 6.3 still in force? Asking for Leeds."));
    }

    @Test
    void compatibilityCharactersFoldToPlainOnes() {
        assertEquals("finance officers", QuestionText.normalise("\uFB01nance officers"));
    }
}
