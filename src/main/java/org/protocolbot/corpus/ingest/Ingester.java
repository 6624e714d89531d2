package org.protocolbot.corpus.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseFiles;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;
import org.protocolbot.corpus.Manifest;

/**
 * Builds {@code knowledge/} from {@code knowledge/sources/}: reads the manifest, parses each council's source into
 * clauses and writes one JSONL file per council plus {@code ingest-report.txt}. Output is byte-for-byte
 * deterministic, so a test can prove the committed files are not stale. Everything is built in memory first and
 * written only when every council ingested, so a failed ingest leaves {@code knowledge/} as it was.
 */
public final class Ingester {

    public static final String SOURCES = "sources";
    public static final String REPORT = "ingest-report.txt";
    /** A numbered reading that leaves more than this share of the lines before its first heading is the wrong one. */
    private static final int IGNORED_SHARE_DIVISOR = 4;
    private static final int IGNORED_ALLOWANCE = 3;

    /** Everything an ingest produces, by relative path under {@code knowledge/}. */
    public record Result(Map<String, String> files, Map<String, Integer> clauseCounts, IngestReport report,
            Map<String, List<Clause>> clauses) {
    }

    private Ingester() {
    }

    public static Result run(Path knowledgeDir) {
        return run(knowledgeDir, List.of());
    }

    /** Ingests every council, then lets each extra step add files and report sections (e.g. topic links). */
    public static Result run(Path knowledgeDir, List<IngestStep> steps) {
        Manifest manifest = readManifest(knowledgeDir);
        IngestReport report = new IngestReport();
        Map<String, String> files = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<Clause>> byCouncil = new LinkedHashMap<>();
        for (Council council : manifest.councils()) {
            List<Clause> clauses = parse(council, readSource(knowledgeDir, council), report);
            files.put(ClauseFiles.fileName(council.id()), ClauseFiles.write(clauses));
            counts.put(council.id(), clauses.size());
            byCouncil.put(council.id(), clauses);
        }
        for (IngestStep step : steps) {
            files.putAll(step.apply(manifest, byCouncil, report));
        }
        files.put(REPORT, report.render(manifest.councils().stream().map(Council::id).toList(), counts));
        return new Result(files, counts, report, byCouncil);
    }

    public static void write(Path knowledgeDir, Result result) throws IOException {
        for (Map.Entry<String, String> file : result.files().entrySet()) {
            Path target = knowledgeDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
    }

    /**
     * Cleans and parses one source. The numbered reading (headings "1 Title", clauses "1.1") is tried first; a
     * document it cannot read is tried as unnumbered headings over paragraphs. If neither finds clauses, the error
     * names the first line that could not be placed and what was seen there.
     */
    public static List<Clause> parse(Council council, List<String> sourceLines, IngestReport report) {
        SourceCleaner.CleanSource clean = new SourceCleaner(council, report).clean(sourceLines);
        if (clean.lines().isEmpty()) {
            throw new IngestException(council.source() + ": no protocol text is left"
                    + (council.startPattern().isEmpty() && council.endPattern().isEmpty()
                            ? " (every line was read as page furniture or notes; check ignorePatterns)"
                            : " between startPattern and endPattern; check them against the source's lines"));
        }
        IngestReport numberedReport = new IngestReport();
        List<Clause> clauses = new ClauseParser(council, numberedReport).parse(clean);
        long ignored = numberedReport.findings(council.id()).stream()
                .filter(f -> f.message().startsWith("text before the first section heading")).count();
        boolean numberedFits = !clauses.isEmpty()
                && ignored <= Math.max(IGNORED_ALLOWANCE, clean.lines().size() / IGNORED_SHARE_DIVISOR);
        if (!numberedFits) {
            IngestReport headingReport = new IngestReport();
            List<Clause> byHeadings = new HeadingLayoutParser(council, headingReport).parse(clean.lines());
            if (byHeadings.size() > clauses.size()) {
                report.finding(council.id(), 0, "layout: unnumbered section headings; the source has no section"
                        + " numbers, so sections are numbered 1, 2, 3 in order and clauses section.paragraph");
                report.addAll(headingReport);
                checkUnique(council, byHeadings);
                return byHeadings;
            }
        }
        if (clauses.isEmpty()) {
            throw unreadable(council, clean.lines());
        }
        report.addAll(numberedReport);
        checkUnique(council, clauses);
        return clauses;
    }

    private static IngestException unreadable(Council council, List<SourceLine> lines) {
        SourceLine first = lines.get(0);
        long headingLike = lines.stream().filter(HeadingLayoutParser::isHeading).count();
        String hint = headingLike == 0
                ? "no line reads as a section heading (\"1 Introduction\", \"Section 1\", \"Part 8\", or a short title line"
                        + " with a blank line after it); put each heading on its own line"
                : "the lines that read as headings are not followed by paragraphs; put a blank line between a heading"
                        + " and its text, and between paragraphs";
        return new IngestException(council.source() + ":" + first.firstLine() + ": could not read the protocol's"
                + " structure from here (\"" + shorten(first.text()) + "\"): " + hint
                + ". See docs/add-a-council.md for the layouts ingest reads.");
    }

    /** The parsers refuse duplicates as they go; this is the last guard, naming both places. */
    private static void checkUnique(Council council, List<Clause> clauses) {
        Map<String, Clause> seen = new HashMap<>();
        for (Clause clause : clauses) {
            Clause before = seen.putIfAbsent(clause.number(), clause);
            if (before != null) {
                throw new IngestException(council.source() + ":" + clause.firstLine() + ": clause number " + clause.number()
                        + " appears twice (first at line " + before.firstLine() + ", again at line " + clause.firstLine() + ")");
            }
        }
    }

    /** Section headings with their clause numbers and each clause's first words: to compare with the document. */
    public static List<String> outline(List<Clause> clauses) {
        List<String> out = new ArrayList<>();
        String section = null;
        for (Clause clause : clauses) {
            String key = clause.sectionNumber() + "\u0000" + clause.sectionHeading();
            if (!key.equals(section)) {
                section = key;
                out.add(clause.sectionNumber() + "  " + clause.sectionHeading());
            }
            out.add(String.format("  %-8s %s", clause.number(), firstWords(clause.text())));
        }
        return out;
    }

    private static String firstWords(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        String[] words = oneLine.split(" ");
        return words.length <= 10 ? oneLine : String.join(" ", java.util.Arrays.copyOf(words, 10)) + " …";
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
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
