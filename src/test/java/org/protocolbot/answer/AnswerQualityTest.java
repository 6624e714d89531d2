package org.protocolbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.eval.EvalMetrics;
import org.protocolbot.eval.EvalQuestion;
import org.protocolbot.eval.Evaluator;

/**
 * Retrieval, guard and no-match quality on the development set and on a held-out set written without sight of the
 * method. Floors sit a little below the measured figures (README), so a regression fails the build.
 */
class AnswerQualityTest {

    private static final Path DEV = Path.of("../shared/eval/dev-questions.jsonl");
    private static final Path HOLDOUT = Path.of("src/test/resources/eval/holdout-questions.jsonl");

    @Test
    void holdoutQuestionsMeetTheFloors() throws IOException {
        EvalMetrics m = evaluate(HOLDOUT);
        assertTrue(m.hitAt1Rate() >= 0.64, m::render);
        assertTrue(m.hitAt3Rate() >= 0.80, m::render);
        assertTrue(m.refusalRecall() >= 0.93, m::render);
        assertEquals(0, m.falseRefusals(), m::render);
        assertTrue(m.noMatchRecall() >= 0.93, m::render);
        assertTrue(m.falseNoMatch() <= 5, m::render);
    }

    @Test
    void offTopicQuestionsThatNameCouncillorsOrOfficersAreMostlyNoMatch() throws IOException {
        // "How much are councillors paid?" names the protocol's people but is not about their relations.
        EvalMetrics m = evaluate(Path.of("src/test/resources/eval/offtopic-actors.jsonl"));
        assertTrue(m.noMatchRecall() >= 0.55, m::render);
        assertEquals(0, m.falseRefusals(), m::render);
    }

    @Test
    void devQuestionsMeetTheFloors() throws IOException {
        // The dev set lives beside the checkout (../shared); CI copies it there too.
        if (!Files.exists(DEV)) {
            throw new IllegalStateException(DEV.toAbsolutePath() + " is missing");
        }
        EvalMetrics m = evaluate(DEV);
        assertTrue(m.hitAt1Rate() >= 0.87, m::render);
        assertTrue(m.hitAt3Rate() >= 0.95, m::render);
        assertEquals(1.0, m.refusalRecall(), m::render);
        assertEquals(0, m.falseRefusals(), m::render);
        assertEquals(1.0, m.noMatchRecall(), m::render);
    }

    private static EvalMetrics evaluate(Path file) throws IOException {
        List<EvalQuestion> questions = Evaluator.read(file);
        EvalMetrics metrics = EvalMetrics.of(Evaluator.run(TestBots.shared().answerer(), questions));
        System.out.println(file + "\n" + metrics.render());
        return metrics;
    }
}
