package org.protocolbot.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds {@code knowledge/} from {@code knowledge/sources/}: reads the manifest, parses each council's source into
 * clauses and writes one JSONL file per council plus {@code ingest-report.txt}. Output is byte-for-byte
 * deterministic, so a test can prove the committed files are not stale.
 */
public final class Ingester {

    public static final String SOURCES = "sources";
    public static final String REPORT = "ingest-report.txt";

    /** Everything an ingest produces, by relative path under {@code knowledge/}. */
    public record Result(Map<String, String> files, Map<String, Integer> clauseCounts, IngestReport report) {
    }

    private Ingester() {
    }

    public static Result run(Path knowledgeDir) {
        Manifest manifest = readManifest(knowledgeDir);
        IngestReport report = new IngestReport();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Council council : manifest.councils()) {
            List<Clause> clauses = parse(council, readSource(knowledgeDir, council), report);
            files.put(ClauseFiles.fileName(council.id()), ClauseFiles.write(clauses));
            counts.put(council.id(), clauses.size());
        }
        files.put(REPORT, report.render(manifest.councils().stream().map(Council::id).toList(), counts));
        return new Result(files, counts, report);
    }

    public static void write(Path knowledgeDir, Result result) throws IOException {
        for (Map.Entry<String, String> file : result.files().entrySet()) {
            Path target = knowledgeDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    public static List<Clause> parse(Council council, List<String> sourceLines, IngestReport report) {
        SourceCleaner.CleanSource clean = new SourceCleaner(council, report).clean(sourceLines);
        List<Clause> clauses = new ClauseParser(council, report).parse(clean);
        if (clauses.isEmpty()) {
            throw new IngestException(council.source() + ": no clauses found; check the manifest's start and end patterns");
        }
        return clauses;
    }

    private static Manifest readManifest(Path knowledgeDir) {
        Path file = knowledgeDir.resolve(Manifest.FILE_NAME);
        try (InputStream in = Files.newInputStream(file)) {
            return Manifest.read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new IngestException(file + ": missing; a knowledge directory needs a manifest", e);
        } catch (IOException e) {
            throw new IngestException(file + ": unreadable (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> readSource(Path knowledgeDir, Council council) {
        Path file = knowledgeDir.resolve(SOURCES).resolve(council.source());
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IngestException(file + ": source for council " + council.id() + " is missing", e);
        } catch (IOException e) {
            throw new IngestException(file + ": unreadable (" + e.getMessage() + ")", e);
        }
    }
}
