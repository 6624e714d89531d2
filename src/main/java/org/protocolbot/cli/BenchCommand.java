package org.protocolbot.cli;

import java.util.concurrent.Callable;
import org.protocolbot.bench.BenchmarkRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure cold start, memory, embedding floor, answer latency and throughput, "
        + "and answer latency over a synthetic corpus of 30,000+ clauses. Progress goes to stderr.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the figures as one line of JSON instead of a table.")
    boolean json;

    @Option(names = "--scaled-clauses", paramLabel = "N",
            description = "Clauses in the synthetic corpus (default ${DEFAULT-VALUE}).")
    int scaledClauses = BenchmarkRunner.Options.DEFAULT_SCALED_CLAUSES;

    @Option(names = "--iterations", paramLabel = "N",
            description = "Timed samples per latency figure (default ${DEFAULT-VALUE}).")
    int iterations = BenchmarkRunner.Options.defaults().iterations();

    @Override
    public Integer call() {
        if (scaledClauses < 1 || iterations < 1) {
            throw new BadInputException("--scaled-clauses and --iterations must be at least 1");
        }
        BenchmarkRunner.Options defaults = BenchmarkRunner.Options.defaults();
        BenchmarkRunner.Options options = new BenchmarkRunner.Options(scaledClauses, iterations,
                Math.min(defaults.warmupIterations(), iterations), defaults.throughputAnswers());
        String report = new BenchmarkRunner(CliContext.settings(), options, spec.commandLine().getErr()).run(json);
        spec.commandLine().getOut().println(report);
        return 0;
    }
}
