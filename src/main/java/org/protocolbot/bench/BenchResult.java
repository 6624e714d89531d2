package org.protocolbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * One benchmark run's figures. Times in milliseconds, memory in MiB, throughput in answers per second.
 *
 * @param clauses                clauses in the real corpus
 * @param coldStartMs            from before loading the corpus and model to the first answer in hand
 * @param loadMs                 the loading part of the cold start (corpus, cached vectors, model, BM25 index)
 * @param jvmUptimeAtFirstAnswerMs the same moment measured from the JVM's own start (adds JVM and CLI start-up)
 * @param heapUsedMb             heap in use after load and a full GC
 * @param residentMb             resident set size after load (heap plus the model's native memory), -1 if unknown
 * @param samples                timed samples per latency figure
 * @param embed                  the bare MiniLM embedding of each question: the floor
 * @param answer                 the end-to-end answer of the same questions
 * @param throughput1            answers per second with one thread
 * @param throughput2            answers per second with two threads
 * @param throughput4            answers per second with four threads
 * @param throughput2Repeated    answers per second with two threads when every question was asked before (as
 *                               {@code serve} runs, with its cache of question vectors)
 * @param scaledClauses          clauses in the synthetic corpus
 * @param scaledCouncils         councils in the synthetic corpus
 * @param scaledBuildMs          time to build the synthetic corpus's index and answerer
 * @param scaledHeapUsedMb       heap in use after a full GC with both corpora loaded
 * @param scaledAnswer           answers over the synthetic corpus, every council in scope
 * @param scaledScopedAnswer     answers over the synthetic corpus, one council in scope (a workspace's default)
 */
record BenchResult(
        int clauses,
        double coldStartMs,
        double loadMs,
        double jvmUptimeAtFirstAnswerMs,
        double heapUsedMb,
        double residentMb,
        int samples,
        Percentiles embed,
        Percentiles answer,
        double throughput1,
        double throughput2,
        double throughput4,
        double throughput2Repeated,
        int scaledClauses,
        int scaledCouncils,
        double scaledBuildMs,
        double scaledHeapUsedMb,
        Percentiles scaledAnswer,
        Percentiles scaledScopedAnswer) {

    /** The first targets, and the later, tighter ones for autoscaling (a new replica serving within 2 s). */
    static final double ANSWER_OVER_EMBED_TARGET = 1.5;
    static final double SCALED_OVER_BASE_TARGET = 3.0;
    static final double COLD_START_TARGET_MS = 5000;
    static final double SCALED_OVER_BASE_AUTOSCALING_TARGET = 2.0;
    static final double COLD_START_AUTOSCALING_TARGET_MS = 2000;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** p50, p99 and mean of one latency figure, in milliseconds. */
    record Percentiles(double p50, double p99, double mean) {
        static Percentiles of(LatencySamples samples) {
            return new Percentiles(samples.percentileMs(50), samples.percentileMs(99), samples.meanMs());
        }
    }

    double answerOverEmbed() {
        return answer.p50() / embed.p50();
    }

    double scaledOverBase() {
        return scaledAnswer.p50() / answer.p50();
    }

    /** One line of JSON: the figures the issue asks for, then the extra ones, then whether each target is met. */
    String toJson() {
        ObjectNode json = JSON.createObjectNode();
        json.put("clauses", clauses);
        json.put("cold_start_ms", Figures.rounded(coldStartMs));
        json.put("load_ms", Figures.rounded(loadMs));
        json.put("jvm_uptime_at_first_answer_ms", Figures.rounded(jvmUptimeAtFirstAnswerMs));
        json.put("heap_used_mb", Figures.rounded(heapUsedMb));
        json.put("rss_mb", Figures.rounded(residentMb));
        json.put("samples", samples);
        json.put("embed_p50_ms", Figures.rounded(embed.p50()));
        json.put("embed_p99_ms", Figures.rounded(embed.p99()));
        json.put("answer_p50_ms", Figures.rounded(answer.p50()));
        json.put("answer_p99_ms", Figures.rounded(answer.p99()));
        json.put("throughput_1_thread", Figures.rounded(throughput1));
        json.put("throughput_2_threads", Figures.rounded(throughput2));
        json.put("throughput_4_threads", Figures.rounded(throughput4));
        json.put("throughput_2_threads_repeated_questions", Figures.rounded(throughput2Repeated));
        json.put("throughput_2_over_1_thread", Figures.rounded(throughput2 / throughput1));
        json.put("scaled_clauses", scaledClauses);
        json.put("scaled_councils", scaledCouncils);
        json.put("scaled_build_ms", Figures.rounded(scaledBuildMs));
        json.put("scaled_heap_used_mb", Figures.rounded(scaledHeapUsedMb));
        json.put("scaled_answer_p50_ms", Figures.rounded(scaledAnswer.p50()));
        json.put("scaled_answer_p99_ms", Figures.rounded(scaledAnswer.p99()));
        json.put("scaled_scoped_answer_p50_ms", Figures.rounded(scaledScopedAnswer.p50()));
        json.put("scaled_scoped_answer_p99_ms", Figures.rounded(scaledScopedAnswer.p99()));
        json.put("answer_p50_over_embed_p50", Figures.rounded(answerOverEmbed()));
        json.put("scaled_over_base_p50", Figures.rounded(scaledOverBase()));
        json.put("target_answer_within_1_5x_embed", answerOverEmbed() <= ANSWER_OVER_EMBED_TARGET);
        json.put("target_scaled_within_3x", scaledOverBase() <= SCALED_OVER_BASE_TARGET);
        json.put("target_cold_start_under_5s", coldStartMs < COLD_START_TARGET_MS);
        json.put("target_scaled_within_2x", scaledOverBase() <= SCALED_OVER_BASE_AUTOSCALING_TARGET);
        json.put("target_cold_start_within_2s", coldStartMs <= COLD_START_AUTOSCALING_TARGET_MS);
        json.put("cpus", Runtime.getRuntime().availableProcessors());
        json.put("java", Runtime.version().toString());
        return json.toString();
    }

    /** The table a person reads. */
    String toTable() {
        StringBuilder out = new StringBuilder();
        out.append("protocol-bot benchmark (").append(Runtime.getRuntime().availableProcessors())
                .append(" CPUs, Java ").append(Runtime.version()).append(", ").append(samples)
                .append(" timed samples per latency)\n\n");
        row(out, "Clauses", "%d".formatted(clauses), "");
        row(out, "Cold start to first answer", ms(coldStartMs), target(coldStartMs < COLD_START_TARGET_MS, "under 5 s")
                + " " + target(coldStartMs <= COLD_START_AUTOSCALING_TARGET_MS, "within 2 s"));
        row(out, "  of which loading", ms(loadMs), "");
        row(out, "  counted from JVM start", ms(jvmUptimeAtFirstAnswerMs), "");
        row(out, "Heap used after load", mb(heapUsedMb), "");
        row(out, "Resident memory after load", mb(residentMb), "");
        row(out, "Embedding only (floor) p50 / p99", ms(embed.p50()) + " / " + ms(embed.p99()), "");
        row(out, "Answer p50 / p99", ms(answer.p50()) + " / " + ms(answer.p99()),
                "%.2fx floor %s".formatted(answerOverEmbed(), target(answerOverEmbed() <= ANSWER_OVER_EMBED_TARGET, "within 1.5x")));
        row(out, "Throughput, 1 / 2 / 4 threads", "%.1f / %.1f / %.1f answers/s".formatted(throughput1, throughput2, throughput4),
                "%.2fx with 2 threads".formatted(throughput2 / throughput1));
        row(out, "  2 threads, questions asked before", "%.1f answers/s".formatted(throughput2Repeated), "(serve's vector cache)");
        row(out, "Synthetic corpus", "%d clauses, %d councils".formatted(scaledClauses, scaledCouncils),
                "built in " + ms(scaledBuildMs));
        row(out, "Heap used with both corpora", mb(scaledHeapUsedMb), "");
        row(out, "Answer p50 / p99, all councils", ms(scaledAnswer.p50()) + " / " + ms(scaledAnswer.p99()),
                "%.2fx base %s %s".formatted(scaledOverBase(), target(scaledOverBase() <= SCALED_OVER_BASE_TARGET, "within 3x"),
                        target(scaledOverBase() <= SCALED_OVER_BASE_AUTOSCALING_TARGET, "within 2x")));
        row(out, "Answer p50 / p99, one council", ms(scaledScopedAnswer.p50()) + " / " + ms(scaledScopedAnswer.p99()), "");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, String value, String note) {
        out.append(String.format(Locale.ROOT, "%-36s %-28s %s", label, value, note).stripTrailing()).append('\n');
    }

    private static String target(boolean met, String what) {
        return "(target " + what + ": " + (met ? "met" : "MISSED") + ")";
    }

    private static String ms(double value) {
        return String.format(Locale.ROOT, "%.1f ms", value);
    }

    private static String mb(double value) {
        return value < 0 ? "unknown" : String.format(Locale.ROOT, "%.0f MiB", value);
    }

}
