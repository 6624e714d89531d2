package org.protocolbot.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.retrieval.Tuning;

/**
 * Each fold chooses on its training folds only and is measured on its held-out fold; every setting is answered
 * once however many folds and stages read it, side by side or not; ties go to the earlier candidate.
 */
class CrossValidationTest {

    /** Questions 0 to 7 are answered right under BM25 weight 0.1 (or 0.3), questions 8 and 9 only under 0.2. */
    private static final List<EvalQuestion> QUESTIONS = questions();

    private final AtomicInteger pipelinesBuilt = new AtomicInteger();

    @Test
    void everyFoldChoosesOnItsTrainingFoldsAndIsMeasuredOnTheRest() {
        CrossValidation.Report report = new CrossValidation(this::answerer, QUESTIONS, 5)
                .run(Tuning.DEFAULT, List.of(stage(0.0, 0.1, 0.2, 0.3)));

        for (CrossValidation.Fold fold : report.folds()) {
            assertEquals(0.1, fold.chosen().lexicalWeight(), "fold " + fold.fold() + ": 0.3 ties with 0.1 and comes later");
            // Round-robin folds: fold f holds out questions f-1 and f+4, and the second of them is right only under 0.2.
            assertEquals(fold.fold() <= 3 ? 1.0 : 0.5, fold.heldOut().hitAt1Rate(), "fold " + fold.fold());
        }
        assertEquals(0.1, report.finalTuning().lexicalWeight());
        assertEquals(8, report.allQuestions().hitAt1());
        assertEquals(4, pipelinesBuilt.get(), "one run per setting, shared by five folds and the final choice");
    }

    @Test
    void aFoldWhoseTrainingFoldsFavourAnotherSettingChoosesIt() {
        // Eight questions right only under 0.2 and two under 0.1: the majority decides in every fold.
        List<EvalQuestion> flipped = new ArrayList<>();
        for (EvalQuestion q : QUESTIONS) {
            flipped.add(new EvalQuestion(q.id(), q.council(), Integer.parseInt(q.id()) < 2 ? "right under 0.1" : "right under 0.2",
                    q.expect(), q.clauses()));
        }
        CrossValidation.Report report = new CrossValidation(this::answerer, flipped, 5)
                .run(Tuning.DEFAULT, List.of(stage(0.0, 0.1, 0.2)));
        report.folds().forEach(f -> assertEquals(0.2, f.chosen().lexicalWeight(), "fold " + f.fold()));
        assertEquals(0.8, report.allQuestions().hitAt1Rate(), 1e-9);
    }

    private static CrossValidation.Stage stage(double... lexicalWeights) {
        return new CrossValidation.Stage("retrieval", from -> {
            List<Tuning> out = new ArrayList<>();
            for (double w : lexicalWeights) {
                out.add(from.withRetrieval(w, from.passageWeight(), from.topicWeight(), from.questionWeight(), from.topicTemperature()));
            }
            return out;
        }, EvalMetrics::hitAt1Rate);
    }

    /** Quotes the expected clause when the question says the setting is right for it, another clause otherwise. */
    private QuestionAnswerer answerer(Tuning tuning) {
        pipelinesBuilt.incrementAndGet();
        double w = tuning.lexicalWeight() == 0.3 ? 0.1 : tuning.lexicalWeight();
        return new QuestionAnswerer() {
            @Override
            public Answer answer(Question question) {
                boolean right = question.text().equals("right under " + w);
                return AnswerTemplates.answer("Testshire", List.of(new QuotedClause(
                        new ClauseCitation("testshire", "Testshire", right ? "1.1" : "2.1", "Heading"), "The clause.")));
            }

            @Override
            public Answer compare(String question) {
                throw new UnsupportedOperationException("not asked by cross-validation");
            }
        };
    }

    private static List<EvalQuestion> questions() {
        List<EvalQuestion> out = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            out.add(new EvalQuestion(String.valueOf(i), "testshire", i < 8 ? "right under 0.1" : "right under 0.2", "answer",
                    List.of("testshire:1.1")));
        }
        return List.copyOf(out);
    }
}
