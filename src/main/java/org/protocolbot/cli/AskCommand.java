package org.protocolbot.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.corpus.ClauseCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "ask", mixinStandardHelpOptions = true,
        description = {"Answer one question with cited clauses (or refuse, or say the protocol does not cover it).",
            "Limited to one council with --council, else to PROTOCOL_DEFAULT_COUNCIL when that is set, else every council."},
        footer = {"", "Examples:",
            "  protocol-bot ask --council leeds \"Can officers refuse to attend a party group?\"",
            "  protocol-bot ask \"Can a councillor give instructions to junior staff?\""})
final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    Main main;

    @Option(names = "--council", paramLabel = "ID", description = "Only this council's protocol, e.g. leeds.")
    String council;

    @Option(names = "--json", description = "Print the answer as JSON, the same as POST /api/ask (fields: docs/cli.md).")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words;

    @Override
    public Integer call() {
        String question = CliContext.question(words);
        Settings settings = main.settings();
        ClauseCorpus corpus = CliContext.corpus(settings);
        Optional<String> scope = CliContext.scope(corpus, council, settings);
        ProtocolBot bot = ProtocolBot.load(settings);
        Answer answer = bot.answerer().answer(new Question(question, scope));
        CliContext.print(spec, TerminalStyle.detect(main.env()), question, scope, answer, json);
        return 0;
    }
}
