package org.protocolbot.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.retrieval.Tuning;

/**
 * Chooses the pipeline's weights and thresholds by k-fold cross-validation, in three stages that each fix what the
 * next depends on: retrieval weights (ranking, with the gate and guard open), then the gate's thresholds, then the
 * guard's. For every fold, each stage picks its best candidate on the other folds only and is scored on the held-out
 * fold, so the reported figures are for settings that never saw the questions they are measured on. The final
 * settings are the best on all questions together.
 *
 * <p>Folds are assigned round-robin in file order, so a run is the same every time.
 */
public final class CrossValidation {

    /** One stage: candidate settings built from the previous stage's choice, and what "best" means. */
    public record Stage(String name, Function<Tuning, List<Tuning>> candidates, ToDoubleFunction<EvalMetrics> objective) {
    }

    /** What a fold measured on its held-out questions, with the settings its training folds chose. */
    public record Fold(int fold, Tuning chosen, EvalMetrics heldOut) {
    }

    public record Report(List<Fold> folds, Tuning finalTuning, EvalMetrics allQuestions, List<String> log) {
    }

    private final Function<Tuning, QuestionAnswerer> pipeline;
    private final List<EvalQuestion> questions;
    private final int k;
    private final Map<Tuning, List<EvalMetrics.Outcome>> outcomes = new LinkedHashMap<>();

    /**
     * @param pipeline builds the answerer for a setting (the same wiring the bot uses)
     */
    public CrossValidation(Function<Tuning, QuestionAnswerer> pipeline, List<EvalQuestion> questions, int k) {
        if (k < 2 || k > questions.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of questions");
        }
        this.pipeline = pipeline;
        this.questions = List.copyOf(questions);
        this.k = k;
    }

    public Report run(Tuning start, List<Stage> stages) {
        List<String> log = new ArrayList<>();
        List<Fold> folds = new ArrayList<>();
        for (int fold = 0; fold < k; fold++) {
            int held = fold;
            Tuning chosen = start;
            for (Stage stage : stages) {
                chosen = best(stage, chosen, i -> i % k != held);
            }
            EvalMetrics heldOut = metrics(chosen, i -> i % k == held);
            folds.add(new Fold(fold + 1, chosen, heldOut));
            log.add(String.format(Locale.ROOT, "fold %d: held-out %d questions: %s", fold + 1, count(i -> i % k == held),
                    oneLine(heldOut)));
        }
        Tuning all = start;
        for (Stage stage : stages) {
            all = best(stage, all, i -> true);
        }
        return new Report(folds, all, metrics(all, i -> true), log);
    }

    private Tuning best(Stage stage, Tuning from, java.util.function.IntPredicate training) {
        List<Tuning> candidates = stage.candidates().apply(from);
        answerAll(candidates);
        // Best objective; ties go to the earliest candidate, so candidate lists put the simpler setting first.
        return candidates.stream()
                .max(Comparator.comparingDouble((Tuning t) -> stage.objective().applyAsDouble(metrics(t, training)))
                        .thenComparing(t -> -candidates.indexOf(t)))
                .orElse(from);
    }

    /**
     * Answers every question under each setting not yet tried, the settings side by side: each run is independent
     * and deterministic, so the outcomes are the same as one at a time, on every core the machine has (a guard tune
     * is hundreds of settings over thousands of questions). They are kept in candidate order, as before.
     */
    private void answerAll(List<Tuning> candidates) {
        List<Tuning> missing = candidates.stream().distinct().filter(t -> !outcomes.containsKey(t)).toList();
        Map<Tuning, List<EvalMetrics.Outcome>> answered = new java.util.concurrent.ConcurrentHashMap<>();
        missing.parallelStream().forEach(t -> answered.put(t, Evaluator.run(pipeline.apply(t), questions)));
        missing.forEach(t -> outcomes.put(t, answered.get(t)));
    }

    private EvalMetrics metrics(Tuning tuning, java.util.function.IntPredicate which) {
        List<EvalMetrics.Outcome> all = outcomes.computeIfAbsent(tuning, t -> Evaluator.run(pipeline.apply(t), questions));
        List<EvalMetrics.Outcome> picked = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (which.test(i)) {
                picked.add(all.get(i));
            }
        }
        return EvalMetrics.of(picked);
    }

    private int count(java.util.function.IntPredicate which) {
        int n = 0;
        for (int i = 0; i < questions.size(); i++) {
            n += which.test(i) ? 1 : 0;
        }
        return n;
    }

    public static String oneLine(EvalMetrics m) {
        return String.format(Locale.ROOT, "hit@1 %.3f, hit@3 %.3f, refusal recall %.3f, false refusals %d, no-match recall %.3f, false no-match %d",
                m.hitAt1Rate(), m.hitAt3Rate(), m.refusalRecall(), m.falseRefusals(), m.noMatchRecall(), m.falseNoMatch());
    }
}
