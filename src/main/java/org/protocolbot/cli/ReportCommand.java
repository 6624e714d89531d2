package org.protocolbot.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.protocolbot.feedback.report.ReportCommandRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true, footer = {"", "Example:", "  protocol-bot report --since 2026-01-01"}, description = "What the protocol does not cover, answers marked not helpful, refusals by rule: for the next protocol review.")
final class ReportCommand implements Callable<Integer> {

    @Option(names = "--since", paramLabel = "DATE", description = "Only from this date (YYYY-MM-DD).")
    LocalDate since;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() {
        return ReportCommandRunner.run(CliContext.settings().feedbackConfig(), Optional.ofNullable(since), json,
                System.out, System.err);
    }
}
