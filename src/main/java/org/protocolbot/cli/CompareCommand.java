package org.protocolbot.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.protocolbot.app.ProtocolBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Each council's closest clause on a topic or question, side by side, or \"no provision\".",
        footer = {"", "Example:", "  protocol-bot compare gifts from councillors"})
final class CompareCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--json", description = "Print the answer as JSON, the same as GET /api/compare (fields: docs/cli.md).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "TOPIC", description = "A topic or a question.")
    List<String> words;

    @Override
    public Integer call() {
        String topic = CliContext.question(words);
        ProtocolBot bot = ProtocolBot.load(main.settings());
        // Rated as the chat command, as the server does, so the feedback value matches GET /api/compare's.
        CliContext.print(spec, TerminalStyle.detect(main.env()), "compare " + topic, Optional.empty(),
                bot.answerer().compare(topic), json);
        return 0;
    }
}
