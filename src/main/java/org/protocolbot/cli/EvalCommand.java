package org.protocolbot.cli;

import org.protocolbot.eval.EvalMisses;
import org.protocolbot.retrieval.Tuning;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protocolbot.app.BotLoader;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.eval.EvalMetrics;
import org.protocolbot.eval.EvalQuestion;
import org.protocolbot.eval.Evaluator;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run an evaluation file (JSONL) and print hit@1, hit@3, refusal recall, false refusals, no-match recall.",
        footer = {"", "Each line: {\"id\",\"council\"?,\"question\",\"expect\":\"answer|refuse|no_match\",\"clauses\"?}.",
            "", "Example:", "  protocol-bot eval questions.jsonl --out results.jsonl"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "QUESTIONS.jsonl", description = "One JSON question per line.")
    Path questionsFile;

    @Option(names = "--out", paramLabel = "RESULTS.jsonl", description = "Write {\"id\",\"outcome\",\"citations\"} per question.")
    Path outFile;

    @Option(names = "--mode", paramLabel = "MODE", description = "hybrid (default), embedding or lexical: to measure each.")
    RetrievalMode mode = RetrievalMode.HYBRID;

    @Option(names = "--no-misses", description = "Print only the figures, not the questions it got wrong (grouped by council and topic).")
    boolean noMisses;

    @Override
    public Integer call() throws Exception {
        List<EvalQuestion> questions;
        try {
            questions = Evaluator.read(questionsFile);
        } catch (NoSuchFileException e) {
            throw new BadInputException(questionsFile + " not found");
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        BotLoader.Knowledge knowledge = BotLoader.read(KnowledgeBase.locate(CliContext.settings().knowledgeDir()), embedder, Tuning.DEFAULT);
        ProtocolBot bot = BotLoader.assemble(knowledge, embedder, mode, Tuning.DEFAULT);
        List<EvalMetrics.Outcome> outcomes = Evaluator.run(bot.answerer(), questions);
        if (outFile != null) {
            try (BufferedWriter writer = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
                for (EvalMetrics.Outcome outcome : outcomes) {
                    writer.write(Evaluator.resultLine(outcome));
                    writer.newLine();
                }
            }
        }
        var out = spec.commandLine().getOut();
        if (!noMisses) {
            // Misses first, figures last: the figures stay the closing lines of the output.
            out.println(EvalMisses.render(outcomes, clause -> knowledge.links().of(clause).stream().findFirst()
                    .map(link -> link.topic()).orElse("")));
        }
        out.println("mode " + mode.name().toLowerCase() + ", " + questions.size() + " questions");
        out.println(EvalMetrics.of(outcomes).render());
        return 0;
    }
}
