package org.protocolbot.cli;

import java.nio.charset.StandardCharsets;
import org.protocolbot.retrieval.PhraseVectors;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.topics.TopicLinker;
import org.protocolbot.topics.TopicLinks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.protocolbot.app.BotLoader;
import org.protocolbot.corpus.IngestReport;
import org.protocolbot.corpus.Ingester;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.corpus.Manifest;
import org.protocolbot.retrieval.MiniLmEmbedder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true, footer = {"", "Example:", "  protocol-bot ingest --dir knowledge"}, description = "Rebuild knowledge/ (clauses, report, embeddings) from knowledge/sources and the manifest.")
final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", paramLabel = "DIR", description = "Knowledge directory (default: $PROTOCOL_KNOWLEDGE_DIR or ./knowledge).")
    Path dir;

    @Option(names = "--no-embeddings", description = "Skip refreshing the embeddings cache (start-up will embed instead).")
    boolean noEmbeddings;

    @Override
    public Integer call() throws Exception {
        Path knowledge = dir != null ? dir : Path.of(CliContext.settings().knowledgeDir().orElse("knowledge"));
        if (!Files.isRegularFile(knowledge.resolve(Manifest.FILE_NAME))) {
            throw new BadInputException(knowledge.resolve(Manifest.FILE_NAME) + " not found; run from the project directory or pass --dir");
        }
        Ingester.Result result = Ingester.run(knowledge);
        Ingester.write(knowledge, result);
        var out = spec.commandLine().getOut();
        result.clauseCounts().forEach((council, count) -> out.println(council + ": " + count + " clauses"));
        for (IngestReport.Finding finding : result.report().findings()) {
            out.println("  " + finding);
        }
        out.println("Report: " + knowledge.resolve(Ingester.REPORT));
        if (!noEmbeddings) {
            KnowledgeBase kb = KnowledgeBase.directory(knowledge);
            // Reading the knowledge refreshes both vector caches (clauses, and topic phrasings with guard examples).
            BotLoader.Knowledge loaded = BotLoader.read(kb, new MiniLmEmbedder(), Tuning.DEFAULT);
            out.println("Embeddings: " + knowledge.resolve("embeddings.bin") + ", " + knowledge.resolve(PhraseVectors.FILE_NAME));
            if (!loaded.catalogue().topics().isEmpty()) {
                Files.write(knowledge.resolve(TopicLinks.FILE_NAME), loaded.links().toJson());
                Files.writeString(knowledge.resolve(TopicLinks.REPORT_NAME), TopicLinker.report(loaded.links(), loaded.corpus()),
                        StandardCharsets.UTF_8);
                out.println("Topic links: " + knowledge.resolve(TopicLinks.FILE_NAME) + " (review: " + knowledge.resolve(TopicLinks.REPORT_NAME) + ")");
            }
        }
        return 0;
    }
}
