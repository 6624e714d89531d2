package org.protocolbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.protocolbot.TestBots;
import org.protocolbot.eval.EvalMetrics;
import org.protocolbot.eval.EvalQuestion;
import org.protocolbot.eval.Evaluator;

/**
 * Retrieval, guard and no-match quality on the development sets (copies of the shared ones, committed so the build
 * needs nothing beside the checkout) and on a held-out set written without sight of the method and never used for
 * tuning, and on a set written after the method. Floors sit a little below the measured figures (docs/answers-and-evaluation.md), so a regression fails the
 * build.
 */
class AnswerQualityTest {

    private static final Path EVAL = Path.of("src/test/resources/eval");

    // Floors: the measured figures (docs/answers-and-evaluation.md) less about one question's worth.
    private static final double DEV_HIT1 = 0.90;
    private static final double DEV_HIT3 = 0.96;
    private static final double REAL_HIT1 = 0.78;
    private static final double REAL_HIT3 = 0.87;
    private static final double REAL_REFUSAL = 0.92;
    private static final int REAL_FALSE_REFUSALS = 1;
    private static final double REAL_NO_MATCH = 0.92;
    private static final int REAL_FALSE_NO_MATCH = 3;
    private static final double HOLD_HIT1 = 0.87;
    private static final double HOLD_HIT3 = 0.96;
    private static final double HOLD_REFUSAL = 0.93;
    private static final int HOLD_FALSE_REFUSALS = 1;
    private static final double HOLD_NO_MATCH = 0.93;
    private static final double OFFTOPIC_NO_MATCH = 0.8;

    @Test
    void devQuestionsMeetTheFloors() throws IOException {
        EvalMetrics m = evaluate(EVAL.resolve("dev-questions.jsonl"));
        assertTrue(m.hitAt1Rate() >= DEV_HIT1, m::render);
        assertTrue(m.hitAt3Rate() >= DEV_HIT3, m::render);
        assertTrue(m.refusalRecall() >= 0.83, m::render);
        assertEquals(0, m.falseRefusals(), m::render);
        assertTrue(m.noMatchRecall() >= 0.66, m::render);
    }

    @Test
    void realisticQuestionsMeetTheFloors() throws IOException {
        assertFloors(evaluate(EVAL.resolve("realistic-questions.jsonl")),
                new Floors(REAL_HIT1, REAL_HIT3, REAL_REFUSAL, REAL_FALSE_REFUSALS, REAL_NO_MATCH, REAL_FALSE_NO_MATCH));
    }

    @Test
    void heldOutQuestionsNeverUsedForTuningMeetTheFloors() throws IOException {
        EvalMetrics m = evaluate(EVAL.resolve("holdout-questions.jsonl"));
        assertTrue(m.hitAt1Rate() >= HOLD_HIT1, m::render);
        assertTrue(m.hitAt3Rate() >= HOLD_HIT3, m::render);
        assertTrue(m.refusalRecall() >= HOLD_REFUSAL, m::render);
        assertTrue(m.falseRefusals() <= HOLD_FALSE_REFUSALS, m::render);
        assertTrue(m.noMatchRecall() >= HOLD_NO_MATCH, m::render);
    }

    /**
     * Sets of 80 written after the method, each by a writer who saw only the clause texts and never the method. Each
     * row: the file, then the least hit@1, hit@3, refusal recall and no-match recall, the most false refusals and the
     * most answerable questions told "not covered".
     * <ol>
     *   <li>The first, written after the example questions. First measured: hit@1 0.783, hit@3 0.933, 9 of 10
     *       requests refused, no false refusal, 10 of 10 not covered, 3 of 60 told "not covered". The one request
     *       missed ("…write
     *       tweets… officers are meant to support cllrs so you can help") showed two gaps that were then closed, so
     *       its refusal figure is no longer unseen. Since the guard bank grew (1,307 examples) one genuine question is
     *       refused ("…they want us to say which option we'd recommend. What can we actually put in it?"), which takes
     *       hit@1 from 0.850 to 0.833.</li>
     *   <li>The third set (60 answerable, 10 out of scope, 10 requests), written after the third round of example
     *       questions; no weight or rule was chosen on it. First measured: 0.733, 0.767, 10 of 10 refused, no false
     *       refusal, 10 of 10 not covered, 2 of 60 told "not covered". A fourth round of example questions, written
     *       at the same time by writers who never saw it, gained on neither it nor the other held-out sets
     *       (docs/answers-and-evaluation.md) and was not kept.</li>
     *   <li>The fourth (50 answerable; 30 out of scope, many naming councillors, officers or meetings). First
     *       measured: 0.820, 0.860, 26 of 30 not covered, one of them refused ("Who's the current leader of the
     *       council?"), 2 of 50 told "not covered". Then three out-of-scope topics were added (who's who and contact
     *       details, meeting dates and webcasts, small talk) by a writer who saw no evaluation file, every phrasing
     *       within half its words of an evaluation question left out: 29 of 30, no refusal, retrieval unchanged. Its
     *       out-of-scope figure is the first measurement of those topics, not an unseen one.</li>
     *   <li>The fifth (40 answerable, 30 out of scope, 10 requests), written after those topics and measured once,
     *       with nothing changed after: 0.850, 0.875, 10 of 10 refused, no false refusal, 28 of 30 not covered, none
     *       told "not covered". The method before the topics: the same ranking, 23 of 30 and one false refusal.</li>
     *   <li>The sixth (50 answerable, 20 out of scope, 10 requests), written at the start of stop 24 and first measured
     *       on the method before it: 0.880, 0.920, 10 of 10 refused, one false refusal ("…what do I do if they start
     *       talking tactics…"), 20 of 20 not covered, none told "not covered". After that stop's phrasings, guard
     *       examples and re-tuned weights (none chosen on it): 0.880, 0.920, 19 of 20, the same false refusal.</li>
     *   <li>The seventh (the same mix), written while stop 24's last change was made and measured once at its end, with
     *       nothing changed after: 0.880, 0.940, 10 of 10 refused, no false refusal, 19 of 20 not covered, none told
     *       "not covered" (the method of stop 23: the same, 18 of 20).</li>
     *   <li>The eighth (the same mix), written at the start of stop 25 and first measured on the method before it:
     *       0.800, 0.840, 10 of 10 refused, one false refusal (guidance "until polling day" after a by-election is
     *       called), 19 of 20 not covered, none told "not covered". With the guard thresholds from `tune --guard` and
     *       asking where the rules are read as a protocol question: 0.780, 0.820, one other false refusal (a request
     *       to draft for a party newsletter, "am I right to push back?"), one told "not covered".</li>
     *   <li>The ninth (the same mix), written at the start of stop 26 and first measured on the method of stop 25:
     *       0.800, 0.880, 7 of 10 refused, no false refusal, 16 of 20 not covered, one told "not covered". With the
     *       guard's classifier (stop 26): 9 of 10 refused, the rest the same.</li>
     *   <li>The tenth (the same mix), written at the start of stop 27 and first measured on the method of stop 26:
     *       0.840, 0.900, 9 of 10 refused, no false refusal, 19 of 20 not covered, one told "not covered".</li>
     *   <li>The eleventh (the same mix), written at the start of stop 29 and first measured on the method of stop 28:
     *       0.940, 0.960, 10 of 10 refused, one false refusal (how to book a committee room for a
     *       councillor's briefing), 19 of 20 not covered, none told "not covered". With stop 29's links by example
     *       questions and the classifier's floor (both measured on it after it was written): 0.920, 0.960, no false
     *       refusal, 20 of 20.</li>
     * </ol>
     * Since stop 24 the figures of the first five are after the new phrasings and weights (docs/answers-and-evaluation.md).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "blind-questions.jsonl, 0.83, 0.88, 0.9, 0.9, 1, 3",
        "blind-questions-3.jsonl, 0.71, 0.85, 0.9, 0.9, 0, 2",
        "blind-questions-4.jsonl, 0.82, 0.90, 0.9, 0.93, 1, 2",
        "blind-questions-5.jsonl, 0.87, 0.92, 0.9, 0.86, 0, 1",
        "blind-questions-6.jsonl, 0.86, 0.92, 0.9, 0.9, 1, 1",
        "blind-questions-7.jsonl, 0.86, 0.90, 0.9, 0.9, 1, 1",
        "blind-questions-8.jsonl, 0.80, 0.88, 0.9, 0.9, 1, 1",
        "blind-questions-9.jsonl, 0.84, 0.92, 0.9, 0.8, 0, 1",
        "blind-questions-10.jsonl, 0.88, 0.92, 0.9, 0.9, 0, 1",
        "blind-questions-11.jsonl, 0.90, 0.94, 0.9, 0.9, 1, 1"})
    void setsWrittenAfterTheMethodMeetTheirFloors(String file, double hit1, double hit3, double refusal, double noMatch,
                                                   int falseRefusals, int falseNoMatch) throws IOException {
        assertFloors(evaluate(EVAL.resolve(file)), new Floors(hit1, hit3, refusal, falseRefusals, noMatch, falseNoMatch));
    }

    @Test
    void offTopicQuestionsThatNameCouncillorsOrOfficersAreMostlyNoMatch() throws IOException {
        // "How much are councillors paid?" names the protocol's people but is not about their relations.
        EvalMetrics m = evaluate(EVAL.resolve("offtopic-actors.jsonl"));
        assertTrue(m.noMatchRecall() >= OFFTOPIC_NO_MATCH, m::render);
        assertEquals(0, m.falseRefusals(), m::render);
    }

    /** The least figures a set must reach, and the most false refusals and false "not covered" it may have. */
    private record Floors(double hit1, double hit3, double refusal, int falseRefusals, double noMatch, int falseNoMatch) {
    }

    private static void assertFloors(EvalMetrics m, Floors floors) {
        assertTrue(m.hitAt1Rate() >= floors.hit1(), m::render);
        assertTrue(m.hitAt3Rate() >= floors.hit3(), m::render);
        assertTrue(m.refusalRecall() >= floors.refusal(), m::render);
        assertTrue(m.falseRefusals() <= floors.falseRefusals(), m::render);
        assertTrue(m.noMatchRecall() >= floors.noMatch(), m::render);
        assertTrue(m.falseNoMatch() <= floors.falseNoMatch(), m::render);
    }

    private static EvalMetrics evaluate(Path file) throws IOException {
        List<EvalQuestion> questions = Evaluator.read(file);
        EvalMetrics metrics = EvalMetrics.of(Evaluator.run(TestBots.shared().answerer(), questions));
        System.out.println(file + "\n" + metrics.render());
        return metrics;
    }
}
