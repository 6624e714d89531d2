package org.protocolbot.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.Callable;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.ClauseLookup;
import org.protocolbot.corpus.Council;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "clause", mixinStandardHelpOptions = true,
        description = "Print one clause verbatim with its citation. Needs no model, so it answers at once.",
        footer = {"", "Examples:", "  protocol-bot clause leeds 7.6", "  protocol-bot clause rbkc I.05 --json"})
final class ClauseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "COUNCIL", description = "A council id: see protocol-bot chat, then councils.")
    String council;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "NUMBER", description = "e.g. 6.3, I.05, \"clause 7.4\".")
    java.util.List<String> number;

    @Option(names = "--json", description = "Print {\"council\",\"clause\",\"heading\",\"text\"}.")
    boolean json;

    @Override
    public Integer call() {
        ClauseCorpus corpus = CliContext.corpus();
        Council c = CliContext.council(corpus, council);
        String wanted = CliContext.clauseNumber(String.join(" ", number));
        Clause clause = corpus.clause(c.id(), wanted).orElseThrow(() -> new BadInputException(
                c.name() + " has no clause " + wanted + "; nearest: " + String.join(", ", ClauseLookup.nearest(corpus, c.id(), wanted))));
        if (json) {
            ObjectNode node = new ObjectMapper().createObjectNode();
            node.put("council", clause.council());
            node.put("clause", clause.number());
            node.put("heading", clause.sectionHeading());
            node.put("text", clause.text());
            spec.commandLine().getOut().println(node);
        } else {
            spec.commandLine().getOut().println(ClauseCitation.of(clause, c.name()).label() + "\n" + clause.text());
            clause.notes().forEach(n -> spec.commandLine().getOut().println("Note: " + n));
        }
        return 0;
    }
}
