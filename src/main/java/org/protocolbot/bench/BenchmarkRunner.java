package org.protocolbot.bench;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.List;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.app.BotLoader;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.CachingEmbedder;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;

/**
 * The {@code bench} measurements, in one run of one JVM. A hand-rolled harness rather than JMH: the cold start can
 * only be measured once, first, in a fresh JVM, and everything else needs the loaded bot (a few seconds and ~100 MB
 * to build) and a 30,000-clause corpus shared between measurements; each measured operation is milliseconds of
 * model inference whose result is used, so JMH's protection against dead-code elimination and timer granularity
 * adds nothing. What JMH would give is kept: warm-up before measuring, many samples, and every sample recorded
 * (p50 and p99 are exact nearest-rank values, not estimates).
 *
 * <p>The embedding floor, the answer and the synthetic-corpus answer are timed in the same loop, one after the
 * other for the same question, so background load on the machine affects all of them alike and the ratios between
 * them stay meaningful even when the absolute figures wobble.
 */
public final class BenchmarkRunner {

    /**
     * @param scaledClauses    at least this many clauses in the synthetic corpus
     * @param iterations       timed samples per latency figure
     * @param warmupIterations untimed rounds first, so the JIT has compiled the hot paths
     * @param throughputAnswers answers per throughput measurement
     */
    public record Options(int scaledClauses, int iterations, int warmupIterations, int throughputAnswers) {
        public static final int DEFAULT_SCALED_CLAUSES = 30_000;

        public static Options defaults() {
            return new Options(DEFAULT_SCALED_CLAUSES, 480, 96, 240);
        }

        public Options {
            if (scaledClauses < 1 || iterations < 1 || warmupIterations < 0 || throughputAnswers < 1) {
                throw new IllegalArgumentException("benchmark sizes must be positive");
            }
        }
    }

    private final Settings settings;
    private final Options options;
    private final PrintWriter progress;

    /** @param progress where to say what is being measured (stderr, so {@code --json} keeps stdout to one line) */
    public BenchmarkRunner(Settings settings, Options options, PrintWriter progress) {
        this.settings = settings;
        this.options = options;
        this.progress = progress;
    }

    /** Runs everything; the JSON line and the table come from the result. */
    public String run(boolean json) {
        BenchResult result = measure();
        return json ? result.toJson() : result.toTable();
    }

    BenchResult measure() {
        // Cold start: nothing of the bot is loaded yet. The clock runs over exactly what `serve` does at start-up
        // (model, knowledge, cached vectors, BM25 index) and then the first question.
        long start = System.nanoTime();
        TextEmbedder embedder = new MiniLmEmbedder();
        KnowledgeBase knowledge = KnowledgeBase.locate(settings.knowledgeDir());
        ProtocolBot bot = BotLoader.load(knowledge, embedder, RetrievalMode.HYBRID);
        long loaded = System.nanoTime();
        consume(bot.answerer().answer(Question.of(BenchQuestions.get(0))));
        long answered = System.nanoTime();
        double uptimeAtFirstAnswer = ManagementFactory.getRuntimeMXBean().getUptime();
        say("cold start: %.0f ms (load %.0f ms)", ms(answered - start), ms(loaded - start));

        double heap = MemoryProbe.heapUsedAfterGcMb();
        double resident = MemoryProbe.residentMb();

        say("building a synthetic corpus of at least %d clauses", options.scaledClauses());
        long buildStart = System.nanoTime();
        BotLoader.Knowledge read = BotLoader.read(knowledge, embedder, Tuning.DEFAULT);
        ScaledCorpus scaled = ScaledCorpus.build(read, embedder, options.scaledClauses());
        double buildMs = ms(System.nanoTime() - buildStart);
        double scaledHeap = MemoryProbe.heapUsedAfterGcMb();

        Latencies latencies = latencies(embedder, bot.answerer(), scaled, bot.corpus().councilIds());

        say("throughput with 1, 2 and 4 threads, %d answers each", options.throughputAnswers());
        double t1 = throughput(bot.answerer(), 1);
        double t2 = throughput(bot.answerer(), 2);
        double t4 = throughput(bot.answerer(), 4);
        // As `serve` runs: the same pipeline with its question-vector cache, every question asked once before.
        QuestionAnswerer serving = BotLoader.assemble(read,
                CachingEmbedder.bounded(embedder, CachingEmbedder.SERVING_CAPACITY), RetrievalMode.HYBRID, Tuning.DEFAULT).answerer();
        SharedWork.run(1, BenchQuestions.size(), i -> consume(serving.answer(Question.of(BenchQuestions.get(i)))));
        double repeated = throughput(serving, 2);
        say("throughput with 2 threads, questions asked before: %.0f answers/s", repeated);

        return new BenchResult(bot.corpus().size(), ms(answered - start), ms(loaded - start), uptimeAtFirstAnswer,
                heap, resident, options.iterations(), BenchResult.Percentiles.of(latencies.embed),
                BenchResult.Percentiles.of(latencies.answer), t1, t2, t4, repeated, scaled.corpus().size(),
                scaled.corpus().councils().size(), buildMs, scaledHeap, BenchResult.Percentiles.of(latencies.scaled),
                BenchResult.Percentiles.of(latencies.scaledScoped));
    }

    private record Latencies(LatencySamples embed, LatencySamples answer, LatencySamples scaled,
                             LatencySamples scaledScoped) {
    }

    /** Warm-up, then the four latencies interleaved question by question (see the class comment for why). */
    private Latencies latencies(TextEmbedder embedder, QuestionAnswerer base, ScaledCorpus scaled, List<String> councils) {
        say("warming up: %d rounds", options.warmupIterations());
        for (int i = 0; i < options.warmupIterations(); i++) {
            oneRound(i, embedder, base, scaled, councils, null);
        }
        say("measuring: %d rounds of embed, answer, answer over %d clauses (all councils, then one)",
                options.iterations(), scaled.corpus().size());
        int n = options.iterations();
        Latencies samples = new Latencies(new LatencySamples(n), new LatencySamples(n), new LatencySamples(n),
                new LatencySamples(n));
        for (int i = 0; i < n; i++) {
            oneRound(i, embedder, base, scaled, councils, samples);
        }
        return samples;
    }

    private static void oneRound(int i, TextEmbedder embedder, QuestionAnswerer base, ScaledCorpus scaled,
                                 List<String> councils, Latencies record) {
        String question = BenchQuestions.get(i);
        // One of the real councils: in the synthetic corpus it is one of hundreds, as a workspace's default would be.
        String council = councils.get(Math.floorMod(i, councils.size()));
        long t0 = System.nanoTime();
        consume(embedder.embed(question));
        long t1 = System.nanoTime();
        consume(base.answer(Question.of(question)));
        long t2 = System.nanoTime();
        consume(scaled.answerer().answer(Question.of(question)));
        long t3 = System.nanoTime();
        consume(scaled.answerer().answer(Question.of(question, council)));
        long t4 = System.nanoTime();
        if (record != null) {
            record.embed.add(t1 - t0);
            record.answer.add(t2 - t1);
            record.scaled.add(t3 - t2);
            record.scaledScoped.add(t4 - t3);
        }
    }

    /** Answers per second with {@code threads} threads sharing the fixed number of answers. */
    private double throughput(QuestionAnswerer answerer, int threads) {
        long start = System.nanoTime();
        SharedWork.run(threads, options.throughputAnswers(), i -> consume(answerer.answer(Question.of(BenchQuestions.get(i)))));
        return options.throughputAnswers() / ((System.nanoTime() - start) / 1e9);
    }

    /** Results are checked for shape, so the work that produced them is real and cannot be optimised away. */
    private static void consume(Answer answer) {
        if (answer.lead().isEmpty()) {
            throw new IllegalStateException("an answer without a lead: " + answer);
        }
    }

    private static void consume(float[] vector) {
        if (vector.length == 0) {
            throw new IllegalStateException("an empty embedding");
        }
    }

    private void say(String format, Object... args) {
        progress.println("bench: " + format.formatted(args));
        progress.flush();
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
