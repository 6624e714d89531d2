package org.protocolbot.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.protocolbot.retrieval.PhraseVectors;
import org.protocolbot.retrieval.WeightsFile;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.topics.TopicLinker;
import org.protocolbot.topics.TopicLinks;
import org.protocolbot.corpus.ClauseQuestions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.protocolbot.app.BotLoader;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.corpus.Manifest;
import org.protocolbot.corpus.ingest.IngestReport;
import org.protocolbot.corpus.ingest.Ingester;
import org.protocolbot.retrieval.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Rebuilds knowledge/. Every council is always rebuilt (so the clause files, the report and the embeddings stay
 * consistent with each other), but the console shows one line per council plus its warnings; {@code --council ID}
 * adds that council's removals, repairs and outline, so an officer adding a council sees only their own lines.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        footer = {"", "Example:", "  protocol-bot ingest --dir knowledge --council leeds"},
        description = "Rebuild knowledge/ (clauses, report, embeddings, topic links) from knowledge/sources and the manifest.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Knowledge directory (default: $PROTOCOL_KNOWLEDGE_DIR or ./knowledge).")
    Path dir;

    @Option(names = "--council", paramLabel = "ID", description = "Report this council in full: removals, repairs and its outline.")
    String council;

    @Option(names = "--no-embeddings", description = "Skip refreshing the embeddings cache (start-up will embed instead).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws Exception {
        Path knowledge = dir != null ? dir : Path.of(CliContext.settings().knowledgeDir().orElse("knowledge"));
        if (!Files.isRegularFile(knowledge.resolve(Manifest.FILE_NAME))) {
            throw new BadInputException(knowledge.resolve(Manifest.FILE_NAME) + " not found; run from the project directory or pass --dir");
        }
        Ingester.Result result = Ingester.run(knowledge);
        if (council != null && !result.clauseCounts().containsKey(council)) {
            throw new BadInputException("no council \"" + council + "\" in " + knowledge.resolve(Manifest.FILE_NAME)
                    + "; councils: " + String.join(", ", result.clauseCounts().keySet()));
        }
        Ingester.write(knowledge, result);
        PrintWriter out = spec.commandLine().getOut();
        IngestReport report = result.report();
        result.clauseCounts().forEach((id, count) -> {
            List<IngestReport.Finding> findings = report.findings(id);
            long warnings = findings.stream().filter(f -> f.severity() == IngestReport.Severity.WARNING).count();
            int removed = report.debrisCounts(id).values().stream().mapToInt(Integer::intValue).sum();
            out.println(id + ": " + count + " clauses (debris lines removed: " + removed + ", repairs and notes: "
                    + (findings.size() - warnings) + ", warnings: " + warnings + ")");
            if (!id.equals(council)) {
                findings.stream().filter(f -> f.severity() == IngestReport.Severity.WARNING)
                        .forEach(f -> out.println("  " + f));
            }
        });
        if (council != null) {
            out.println();
            out.println("## " + council);
            report.renderCouncil(council).lines().forEach(line -> out.println("  " + line));
            out.println();
            out.println("Outline of " + council + " (compare it with the document):");
            Ingester.outline(result.clauses().get(council)).forEach(line -> out.println("  " + line));
        } else {
            out.println("Repairs for every council are in the report; `ingest --council ID` shows one council's and its outline.");
        }
        out.println("Report: " + knowledge.resolve(Ingester.REPORT));
        if (!noEmbeddings) {
            KnowledgeBase kb = KnowledgeBase.directory(knowledge);
            // Reading the knowledge refreshes the caches: clause vectors, phrasing vectors and the guard's classifier.
            BotLoader.Knowledge loaded = BotLoader.read(kb, new MiniLmEmbedder(), Tuning.DEFAULT);
            out.println("Embeddings: " + knowledge.resolve("embeddings.bin") + ", " + knowledge.resolve(PhraseVectors.FILE_NAME)
                    + "; guard classifier: " + knowledge.resolve(WeightsFile.FILE_NAME));
            ClauseQuestions questions = loaded.clauseQuestions();
            out.println("Clause questions: " + questions.countByCouncil(loaded.corpus()).entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue()).collect(java.util.stream.Collectors.joining(", ")));
            if (!questions.unknown().isEmpty()) {
                out.println("  warning: questions for clauses that are not in the corpus (renumbered?), not used: "
                        + String.join(", ", questions.unknown()));
            }
            if (!loaded.catalogue().topics().isEmpty()) {
                Files.write(knowledge.resolve(TopicLinks.FILE_NAME), loaded.links().toJson());
                Files.writeString(knowledge.resolve(TopicLinks.REPORT_NAME), TopicLinker.report(loaded.links(), loaded.corpus()),
                        StandardCharsets.UTF_8);
                out.println("Topic links: " + knowledge.resolve(TopicLinks.FILE_NAME) + " (review: " + knowledge.resolve(TopicLinks.REPORT_NAME) + ")");
                if (council != null) {
                    out.println("Topics of " + council + "'s clauses (check that each clause speaks to them):");
                    TopicLinker.reportLines(loaded.links(), council).forEach(line -> out.println("  " + line));
                }
            }
        }
        return 0;
    }
}
