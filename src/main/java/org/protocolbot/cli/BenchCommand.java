package org.protocolbot.cli;

import java.util.concurrent.Callable;
import org.protocolbot.bench.BenchmarkRunner;
import org.protocolbot.bench.ServeLoad;
import org.protocolbot.server.LocalLoadTarget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true, footer = {"", "Examples:", "  protocol-bot bench", "  protocol-bot bench --load --requests 200 --clients 8"}, description = "Measure cold start, memory, embedding floor, answer latency and throughput, "
        + "and answer latency over a synthetic corpus of 30,000+ clauses; or, with --load, load-test the server. "
        + "Progress goes to stderr.")
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

    @Option(names = "--load", description = "Instead of the benchmark: a bounded load test of the server on 127.0.0.1.")
    boolean load;

    @Option(names = "--requests", paramLabel = "N", description = "With --load: requests to send (default ${DEFAULT-VALUE}).")
    int requests = ServeLoad.Options.defaults().requests();

    @Option(names = "--clients", paramLabel = "N", description = "With --load: concurrent clients (default ${DEFAULT-VALUE}).")
    int clients = ServeLoad.Options.defaults().clients();

    @Override
    public Integer call() {
        if (load) {
            return loadTest();
        }
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

    private int loadTest() {
        if (requests < 1 || clients < 1) {
            throw new BadInputException("--requests and --clients must be at least 1");
        }
        spec.commandLine().getErr().println("bench: loading the bot, then " + requests + " requests from " + clients
                + " clients to POST /api/ask");
        ServeLoad.Report report = new ServeLoad(CliContext.bot(), new ServeLoad.Options(requests, clients), new LocalLoadTarget())
                .runWithoutRequestLog();
        spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
        // Failed or invalid responses make the run fail, so a script can rely on the exit code.
        return report.errors() == 0 && report.invalid() == 0 ? 0 : Main.EXIT_BROKEN;
    }
}
