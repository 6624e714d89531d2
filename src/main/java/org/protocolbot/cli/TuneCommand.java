package org.protocolbot.cli;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.protocolbot.app.BotLoader;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.eval.CrossValidation;
import org.protocolbot.eval.EvalMetrics;
import org.protocolbot.eval.EvalQuestion;
import org.protocolbot.eval.Evaluator;
import org.protocolbot.retrieval.CachingEmbedder;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.Tuning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "tune", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"", "Example:", "  protocol-bot tune dev-questions.jsonl realistic-questions.jsonl --folds 5"},
        description = "Choose retrieval weights and gate and guard thresholds by k-fold cross-validation "
        + "over evaluation files, and print each fold's held-out figures.")
final class TuneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "QUESTIONS.jsonl", arity = "1..*", description = "Evaluation files, pooled.")
    List<Path> files;

    @Option(names = "--folds", paramLabel = "K", description = "Number of folds (default 5).")
    int folds = 5;

    @Option(names = "--guard", description = "Tune only the guard's thresholds, on guard sets and false-refusal pools: "
            + "the most refusals caught, less two for each false refusal, with at most 0.3% false refusals on the training folds.")
    boolean guardOnly;

    /**
     * The false refusals a guard setting may make on its training folds: three in a thousand, a third of the target
     * (one in a hundred), leaves room for what unseen questions add; the refusal recall is bought only below it.
     */
    static final double MOST_FALSE_REFUSALS = 0.003;

    /** Open gate and semantic guard off: stage one measures ranking alone. */
    private static final double OPEN = 9;

    @Override
    public Integer call() throws Exception {
        List<EvalQuestion> questions = new ArrayList<>();
        for (Path file : files) {
            try {
                questions.addAll(Evaluator.read(file));
            } catch (NoSuchFileException e) {
                throw new BadInputException(file + " not found");
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        if (folds < 2 || folds > questions.size()) {
            throw new BadInputException("--folds must be between 2 and " + questions.size());
        }
        CachingEmbedder embedder = CachingEmbedder.unbounded(new MiniLmEmbedder());
        BotLoader.Knowledge knowledge = BotLoader.read(KnowledgeBase.locate(CliContext.settings().knowledgeDir()), embedder, Tuning.DEFAULT);
        if (guardOnly) {
            questions.addAll(clauseQuestionsToAnswer(knowledge));
        }
        // The index depends only on the synonym weight, which is not tuned here: build it once.
        var lexical = BotLoader.lexicalIndex(knowledge, Tuning.DEFAULT).remembering();
        CrossValidation cv = new CrossValidation(
                t -> BotLoader.assemble(knowledge, embedder, RetrievalMode.HYBRID, t, lexical).answerer(), questions, folds);
        CrossValidation.Report report = guardOnly
                // Retrieval and gate keep their values: the guard pools have no clauses to rank.
                ? cv.run(Tuning.DEFAULT, List.of(
                        new CrossValidation.Stage("guard", TuneCommand::guardPoolCandidates, TuneCommand::guardPoolObjective),
                        new CrossValidation.Stage("classifier", TuneCommand::classifierCandidates, TuneCommand::guardPoolObjective)))
                : cv.run(Tuning.DEFAULT.withGate(-OPEN, -OPEN, OPEN).withGuard(OPEN, OPEN, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY), List.of(
                        new CrossValidation.Stage("retrieval", TuneCommand::retrievalCandidates, m -> m.hitAt1Rate() + m.hitAt3Rate()),
                        new CrossValidation.Stage("gate", TuneCommand::gateCandidates, TuneCommand::gateObjective),
                        new CrossValidation.Stage("guard", TuneCommand::guardCandidates, TuneCommand::guardObjective)));
        var out = spec.commandLine().getOut();
        out.println(questions.size() + " questions, " + folds + " folds");
        report.log().forEach(out::println);
        for (CrossValidation.Fold fold : report.folds()) {
            out.println("fold " + fold.fold() + " chose " + fold.chosen());
        }
        out.println("mean held-out: " + mean(report.folds()));
        out.println("final (all questions): " + report.finalTuning());
        out.println("all questions with final settings: " + CrossValidation.oneLine(report.allQuestions()));
        return 0;
    }

    /**
     * The retrieval weights around the last choice. Stop 29 centred the grid on what stop 24's and its own first run
     * chose (questions 1.5–3.0, BM25 0.1) and took it past the edges those runs chose: topic weight 0.5 and
     * temperature 0.03 were the grid's largest and smallest, sentence weight 0.3 its smallest. Settings no fold had
     * chosen for several stops (no example questions, no BM25, questions 4.0 and 6.0, topic 0–0.2) were left out.
     */
    static List<Tuning> retrievalCandidates(Tuning from) {
        List<Tuning> out = new ArrayList<>();
        for (double question : new double[] {1.0, 1.5, 2.0, 3.0}) {
            for (double topic : new double[] {0.3, 0.5, 0.7, 1.0}) {
                for (double temperature : new double[] {0.02, 0.03, 0.06}) {
                    for (double lexical : new double[] {0.05, 0.1, 0.2}) {
                        for (double passage : new double[] {0.2, 0.3, 0.4}) {
                            out.add(from.withRetrieval(lexical, passage, topic, question, temperature));
                        }
                    }
                }
            }
        }
        return out;
    }

    static List<Tuning> gateCandidates(Tuning from) {
        List<Tuning> out = new ArrayList<>();
        for (double margin : new double[] {OPEN, 0.08, 0.04, 0.0, -0.04}) {
            for (double topic : new double[] {-OPEN, 0.3, 0.35, 0.4, 0.45, 0.5}) {
                for (double score : new double[] {-OPEN, 0.2, 0.25, 0.3}) {
                    for (double spread : new double[] {0.12, 0.06, 0.2}) {
                        out.add(from.withGate(score, topic, margin).withQuoteSpread(spread));
                    }
                }
            }
        }
        return out;
    }

    static List<Tuning> guardCandidates(Tuning from) {
        return guardGrid(from, new double[] {Double.POSITIVE_INFINITY, 0.12, 0.08, 0.05, 0.03, 0.015, 0.0},
                new double[] {0.5, 0.55, 0.6, 0.65, 0.7}, new double[] {0.0, 0.02, 0.04, 0.08}, new double[] {from.guardClassifier()});
    }

    /** {@code from} itself first, then every classifier threshold, overrule, least similarity and margin combined, in that nesting. */
    private static List<Tuning> guardGrid(Tuning from, double[] overrules, double[] similarities, double[] margins,
                                          double[] classifiers) {
        List<Tuning> out = new ArrayList<>();
        out.add(from);
        for (double classifier : classifiers) {
            for (double overrule : overrules) {
                for (double similarity : similarities) {
                    for (double margin : margins) {
                        out.add(from.withGuard(similarity, margin, overrule, classifier));
                    }
                }
            }
        }
        return out;
    }

    /** Right clauses, honest "not covered", and a heavy price for telling an answerable question it is not covered. */
    static double gateObjective(EvalMetrics m) {
        return m.hitAt1Rate() + m.hitAt3Rate() + m.noMatchRecall() - 2.0 * m.falseNoMatch() / Math.max(1, m.answerable());
    }

    /** Refusals caught, each false refusal costing more than a missed one: refusing a real question fails a user. */
    static double guardObjective(EvalMetrics m) {
        return m.refusalRecall() - 0.5 * m.falseRefusals() + 0.5 * (m.hitAt1Rate() + m.hitAt3Rate());
    }

    /**
     * Every example question of the knowledge base's clauses, unscoped, as a question the guard must let through:
     * thousands of genuine protocol questions, many about groups, elections and publicity, and already reviewed data.
     */
    static List<EvalQuestion> clauseQuestionsToAnswer(BotLoader.Knowledge knowledge) {
        List<String> texts = knowledge.clauseQuestions().texts();
        List<EvalQuestion> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new EvalQuestion("clause-question-" + i, "", texts.get(i), "answer", List.of()));
        }
        return out;
    }

    /**
     * The guard's thresholds alone, from the current setting outwards: least similarity, margin, overrule and the
     * classifier's threshold (off, or a score between a typical question's -1 and a typical request's +1). Stop 27
     * moved the margins and classifier thresholds one step on, since every fold of stop 26 chose the edge values
     * (margin 0.08, classifier 0.6).
     */
    static List<Tuning> guardPoolCandidates(Tuning from) {
        return guardGrid(from, new double[] {0.015, 0.03, 0.06}, new double[] {0.40, 0.43, 0.46, 0.50},
                new double[] {0.04, 0.06, 0.08, 0.10}, new double[] {Double.POSITIVE_INFINITY, 0.4, 0.5, 0.6, 0.7});
    }

    /**
     * The classifier's threshold again, with the floor under its own refusals (how much nearer a protocol question or
     * topic than the requests a message may be and still be refused by it), once the neighbours' thresholds are
     * chosen: {@code from} itself first, then no floor before each floor, each with the thresholds around stage one's.
     */
    static List<Tuning> classifierCandidates(Tuning from) {
        List<Tuning> out = new ArrayList<>();
        out.add(from);
        for (double floor : new double[] {Double.NEGATIVE_INFINITY, -0.10, -0.06, -0.03}) {
            for (double classifier : new double[] {0.5, 0.6, 0.7}) {
                out.add(from.withGuard(from.guardMinSimilarity(), from.guardMargin(), from.guardOverrule(), classifier)
                        .withClassifierMargin(floor));
            }
        }
        return out;
    }

    /**
     * What a false refusal costs, in missed refusals, within {@link #MOST_FALSE_REFUSALS}. A missed request is
     * answered with verbatim clauses, which advise nobody on party business; a false refusal tells someone who asked
     * properly that their question is party business and gives them nothing. So a setting must catch two more
     * requests for each genuine question it turns away. Until stop 29 a false refusal under the limit was free,
     * and the tune chose settings that bought each refusal with one (docs/answers-and-evaluation.md).
     */
    static final double FALSE_REFUSAL_PRICE = 2.0;

    /**
     * Refusals caught less the price of false refusals, as a share of the requests, for settings whose false
     * refusals stay within {@link #MOST_FALSE_REFUSALS} of the questions that should be answered; a setting past that
     * scores below every one within it, nearer the more it refuses wrongly.
     */
    static double guardPoolObjective(EvalMetrics m) {
        double falseRate = (double) m.falseRefusals() / Math.max(1, m.answerable() + m.offTopic());
        return falseRate <= MOST_FALSE_REFUSALS
                ? (m.refused() - FALSE_REFUSAL_PRICE * m.falseRefusals()) / Math.max(1, m.refusable())
                : -1 - falseRate;
    }

    private static String mean(List<CrossValidation.Fold> folds) {
        double h1 = 0, h3 = 0, refusal = 0, noMatch = 0;
        int falseRefusals = 0, falseNoMatch = 0;
        for (CrossValidation.Fold f : folds) {
            h1 += f.heldOut().hitAt1Rate();
            h3 += f.heldOut().hitAt3Rate();
            refusal += f.heldOut().refusalRecall();
            noMatch += f.heldOut().noMatchRecall();
            falseRefusals += f.heldOut().falseRefusals();
            falseNoMatch += f.heldOut().falseNoMatch();
        }
        int n = folds.size();
        return String.format(java.util.Locale.ROOT, "hit@1 %.3f, hit@3 %.3f, refusal recall %.3f, no-match recall %.3f, "
                + "false refusals %d, false no-match %d (summed over folds)", h1 / n, h3 / n, refusal / n, noMatch / n,
                falseRefusals, falseNoMatch);
    }
}
