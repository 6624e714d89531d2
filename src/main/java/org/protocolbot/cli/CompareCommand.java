package org.protocolbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "compare", description = "Each council's closest clause on a topic or question, side by side, or \"no provision\".")
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print {\"outcome\",\"citations\",\"text\"}.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION")
    List<String> words;

    @Override
    public Integer call() {
        CliContext.print(spec, CliContext.bot().comparer().compare(CliContext.question(words)), json);
        return 0;
    }
}
