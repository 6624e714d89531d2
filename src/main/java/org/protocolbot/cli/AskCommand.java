package org.protocolbot.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.app.ProtocolBot;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "ask", description = "Answer one question with cited clauses (or refuse, or say the protocol does not cover it).")
final class AskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--council", paramLabel = "ID", description = "Only this council's protocol.")
    String council;

    @Option(names = "--json", description = "Print {\"outcome\",\"citations\",\"text\"}.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "The question (quotes optional).")
    List<String> words;

    @Override
    public Integer call() {
        String question = CliContext.question(words);
        ProtocolBot bot = CliContext.bot();
        Answer answer = bot.answerer().answer(Question.of(question, CliContext.optionalCouncil(bot.corpus(), council).orElse(null)));
        CliContext.print(spec, answer, json);
        return 0;
    }
}
