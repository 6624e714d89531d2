package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.protocolbot.eval.EvalMetrics;
import org.protocolbot.retrieval.Tuning;

class TuneGuardObjectiveTest {

    /** 1,000 questions to answer and 100 requests; {@code wrong} of the questions refused. */
    private static EvalMetrics pool(int refused, int wrong) {
        return new EvalMetrics(900, 0, 0, 100, refused, wrong, 100, 100, 0);
    }

    @Test
    void withinTheFalseRefusalLimitMoreRefusalsScoreHigher() {
        assertEquals(0.90, TuneCommand.guardPoolObjective(pool(90, 0)), 1e-9);
        assertTrue(TuneCommand.guardPoolObjective(pool(95, 2)) > TuneCommand.guardPoolObjective(pool(90, 0)));
    }

    @Test
    void withinTheLimitEachFalseRefusalCostsTwoRefusalsCaught() {
        assertEquals(0.84, TuneCommand.guardPoolObjective(pool(90, 3)), 1e-9);
        // One more request caught for one more genuine question refused is a worse setting, not a tie.
        assertTrue(TuneCommand.guardPoolObjective(pool(91, 1)) < TuneCommand.guardPoolObjective(pool(90, 0)));
        assertTrue(TuneCommand.guardPoolObjective(pool(93, 1)) > TuneCommand.guardPoolObjective(pool(90, 0)));
    }

    @Test
    void pastTheLimitEveryRefusalCaughtIsWorthLessThanStayingWithinIt() {
        // 4 in 1,000 is past 0.3%: catching every request does not buy it.
        assertTrue(TuneCommand.guardPoolObjective(pool(100, 4)) < TuneCommand.guardPoolObjective(pool(10, 3)));
        assertTrue(TuneCommand.guardPoolObjective(pool(100, 8)) < TuneCommand.guardPoolObjective(pool(100, 4)));
    }

    @Test
    void theCandidatesStartFromTheCurrentSettingAndVaryOnlyTheGuard() {
        var candidates = TuneCommand.guardPoolCandidates(Tuning.DEFAULT);
        assertEquals(Tuning.DEFAULT, candidates.get(0));
        assertEquals(1 + 5 * 3 * 4 * 4, candidates.size());
        assertTrue(candidates.stream().allMatch(t -> t.lexicalWeight() == Tuning.DEFAULT.lexicalWeight()
                && t.outOfScopeMargin() == Tuning.DEFAULT.outOfScopeMargin()));
    }

    @Test
    void theClassifierStageStartsFromStageOnesChoiceAndMovesOnlyTheClassifier() {
        Tuning chosen = Tuning.DEFAULT.withGuard(0.40, 0.06, 0.015, 0.6);
        var candidates = TuneCommand.classifierCandidates(chosen);
        assertEquals(chosen, candidates.get(0));
        assertEquals(1 + 4 * 3, candidates.size());
        assertTrue(candidates.stream().allMatch(t -> t.guardMinSimilarity() == 0.40 && t.guardMargin() == 0.06
                && t.guardOverrule() == 0.015));
        assertTrue(candidates.stream().anyMatch(t -> t.guardClassifierMargin() == -0.06 && t.guardClassifier() == 0.7));
    }
}
