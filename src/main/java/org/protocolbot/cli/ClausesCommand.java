package org.protocolbot.cli;

import java.util.concurrent.Callable;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "clauses", mixinStandardHelpOptions = true,
        description = "List a council's clause numbers and section headings.",
        footer = {"", "Example:", "  protocol-bot clauses appendix-j"})
final class ClausesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COUNCIL", description = "A council id, e.g. leeds.")
    String council;

    @Override
    public Integer call() {
        ClauseCorpus corpus = CliContext.corpus();
        Council c = CliContext.council(corpus, council);
        var out = spec.commandLine().getOut();
        out.println(c.name() + ": " + corpus.clauses(c.id()).size() + " clauses");
        for (Clause clause : corpus.clauses(c.id())) {
            out.println(clause.number() + "\t" + clause.sectionHeading());
        }
        return 0;
    }
}
