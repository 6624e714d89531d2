package org.protocolbot.corpus.ingest;

import org.protocolbot.cli.CliRun;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.Question;
import org.protocolbot.app.BotLoader;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.corpus.ManifestCouncils;
import org.protocolbot.retrieval.ClauseText;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.MiniLmEmbedder;
import org.protocolbot.retrieval.RetrievalMode;
import org.protocolbot.retrieval.TextEmbedder;

/**
 * What an officer does to add their council: a source and one manifest entry in a knowledge folder, then
 * {@code ingest --dir DIR --council ID}; the bot loaded from that folder (as PROTOCOL_KNOWLEDGE_DIR does) answers
 * from the new protocol. Every mistake stops ingest with one line and leaves the folder byte for byte as it was.
 */
class AddACouncilTest {

    private static final Path SHIPPED = Path.of("knowledge");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A protocol as a constitution's web pages give it: a contents list, unnumbered headings, paragraphs from 1. */
    static final String SANDBRIDGE = """
            Sandbridge Borough Council – Member and Officer Relations

            Contents
            Introduction ............ 1
            Gifts and hospitality ............ 2

            Introduction

            1. This protocol guides the working relationship between councillors and officers of Sandbridge.

            2. Mutual respect and courtesy underpin good governance.

            - 1 -

            Gifts and hospitality

            1. An officer must not accept a gift or hospitality from a councillor beyond a token of nominal value.

            2. A councillor who offers hospitality to an officer records it in the register kept by the monitoring officer.
            """;

    @TempDir
    Path temp;

    static CliRun cli(String... args) {
        return CliRun.run(args);
    }

    /** The shipped knowledge folder (sources included) plus Sandbridge's source and manifest entry. */
    private Path withSixthCouncil() throws IOException {
        Path dir = copyOfShippedKnowledge(temp.resolve("knowledge"));
        Files.writeString(dir.resolve("sources/sandbridge.txt"), SANDBRIDGE, StandardCharsets.UTF_8);
        editManifest(dir, councils -> councils.addObject().put("id", "sandbridge").put("name", "Sandbridge Borough Council")
                .put("year", 2024).put("source", "sandbridge.txt").putArray("aliases").add("sandbridge borough"));
        return dir;
    }

    @Test
    void ingestOfOneCouncilShowsItsRepairsAndOutlineAndOnlyASummaryForTheOthers() throws IOException {
        Path dir = withSixthCouncil();
        CliRun run = cli("ingest", "--dir", dir.toString(), "--council", "sandbridge", "--no-embeddings");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("sandbridge: 4 clauses (debris lines removed: 4, repairs and notes: 2, warnings: 0)"), run.out());
        assertTrue(run.out().contains("kirklees: 45 clauses (debris lines removed: 0, repairs and notes: 3, warnings: 0)\n"), run.out());
        assertFalse(run.out().contains("line 115"), "the shipped councils' repairs stay in the report: " + run.out());
        assertTrue(run.out().contains("removed table of contents lines: 3"), run.out());
        assertTrue(run.out().contains("\n  layout: unnumbered section headings"), run.out());
        assertTrue(run.out().contains("""
                Outline of sandbridge (compare it with the document):
                  1  Introduction
                    1.1      This protocol guides the working relationship between councillors and officers …
                    1.2      Mutual respect and courtesy underpin good governance.
                  2  Gifts and hospitality
                    2.1      An officer must not accept a gift or hospitality from …
                    2.2      A councillor who offers hospitality to an officer records it …
                """), run.out());
        for (String council : ManifestCouncils.ids()) {
            assertArrayEquals(Files.readAllBytes(SHIPPED.resolve("clauses/" + council + ".jsonl")),
                    Files.readAllBytes(dir.resolve("clauses/" + council + ".jsonl")), council + " comes out the same");
        }
    }

    @Test
    void theAddedCouncilAnswersFromTheFolderWithNoRebuild() throws IOException {
        Path dir = withSixthCouncil();
        assertEquals(0, cli("ingest", "--dir", dir.toString(), "--no-embeddings").exit());

        ProtocolBot bot = BotLoader.load(KnowledgeBase.directory(dir), shippedVectorsThenModel(), RetrievalMode.HYBRID);
        Answer answer = bot.answerer().answer(Question.of("Can an officer accept a gift from a councillor?", "sandbridge"));

        assertEquals(Outcome.ANSWER, answer.outcome(), answer.text());
        assertEquals("sandbridge:2.1", answer.citations().get(0), answer.citations().toString());
        assertTrue(answer.text().contains("An officer must not accept a gift or hospitality from a councillor"), answer.text());
        assertEquals(ManifestCouncils.ids().size() + 1, bot.corpus().councils().size());
    }

    /** Mistakes an officer can make while adding a council, and what the one-line error must say. */
    enum Mistake {
        JSON_SYNTAX("manifest.json:", "JSON syntax error", dir -> replaceInManifest(dir, "\"sandbridge.txt\"", "\"sandbridge.txt\",,")),
        BAD_PATTERN("field \"startPattern\": bad regular expression", "Unclosed group",
                dir -> editManifest(dir, c -> last(c).put("startPattern", "^(Introduction"))),
        ALIAS_CLASH("the name \"leeds\" is already the id or an alias of council \"leeds\"", "",
                dir -> editManifest(dir, c -> ((ArrayNode) last(c).get("aliases")).add("leeds"))),
        SOURCE_OUTSIDE("field \"source\": \"../../sandbridge.txt\" is outside knowledge/sources/", "",
                dir -> editManifest(dir, c -> last(c).put("source", "../../sandbridge.txt"))),
        MISSING_NAME("council " + (ManifestCouncils.ids().size() + 1) + " (\"sandbridge\"), field \"name\": missing", "",
                dir -> editManifest(dir, c -> last(c).remove("name"))),
        DUPLICATE_NUMBERS("sandbridge.txt:7: clause number 1.1 appears twice", "first at line 3",
                dir -> write(dir.resolve("sources/sandbridge.txt"), "Introduction\n\n1.1 One.\n\nGifts\n\n1.1 Two.\n")),
        NO_STRUCTURE("sandbridge.txt:1: could not read the protocol's structure", "no line reads as a section heading",
                dir -> write(dir.resolve("sources/sandbridge.txt"), "This protocol has no headings at all, only one long paragraph.\n"));

        final String says;
        final String alsoSays;
        final Consumer<Path> mistake;

        Mistake(String says, String alsoSays, Consumer<Path> mistake) {
            this.says = says;
            this.alsoSays = alsoSays;
            this.mistake = mistake;
        }
    }

    @ParameterizedTest
    @EnumSource(Mistake.class)
    void aMistakeStopsIngestWithOneLineAndLeavesTheFolderByteIdentical(Mistake mistake) throws IOException {
        Path dir = withSixthCouncil();
        mistake.mistake.accept(dir);
        Map<String, byte[]> before = snapshot(dir);

        CliRun run = cli("ingest", "--dir", dir.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("protocol-bot: "), run.err());
        assertTrue(run.err().contains(mistake.says), run.err());
        assertTrue(run.err().contains(mistake.alsoSays), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("check the manifest's start and end patterns"), run.err());
        Map<String, byte[]> after = snapshot(dir);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file + " changed"));
    }

    @Test
    void askingForACouncilTheManifestDoesNotListIsBadInput() throws IOException {
        Path dir = copyOfShippedKnowledge(temp.resolve("knowledge"));
        Map<String, byte[]> before = snapshot(dir);
        CliRun run = cli("ingest", "--dir", dir.toString(), "--council", "york", "--no-embeddings");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("protocol-bot: no council \"york\" in "), run.err());
        snapshot(dir).forEach((file, bytes) -> assertArrayEquals(before.get(file), bytes, file));
    }

    // --- helpers ---

    /**
     * The real model, but clause texts the shipped embeddings already hold are taken from knowledge/embeddings.bin
     * (the same model's vectors), so only the new council's clauses and the question are embedded now.
     */
    static TextEmbedder shippedVectorsThenModel() throws IOException {
        MiniLmEmbedder model = new MiniLmEmbedder();
        ClauseCorpus shipped = KnowledgeBase.directory(SHIPPED).load();
        ClauseVectors vectors;
        try (InputStream in = Files.newInputStream(SHIPPED.resolve(ClauseVectors.FILE_NAME))) {
            vectors = ClauseVectors.read(in);
        }
        Map<String, float[]> known = new HashMap<>();
        List<Clause> all = shipped.allClauses();
        int passage = 0;
        for (int i = 0; i < all.size(); i++) {
            known.put(ClauseText.forIndex(all.get(i)), vectors.vectors().get(i));
            for (String text : ClauseText.passages(all.get(i))) {
                known.put(text, vectors.passages().get(passage++));
            }
        }
        return new TextEmbedder() {
            @Override
            public float[] embed(String text) {
                return known.computeIfAbsent(text, model::embed);
            }

            @Override
            public List<float[]> embedAll(List<String> texts) {
                return texts.stream().map(this::embed).toList();
            }

            @Override
            public String modelId() {
                return model.modelId();
            }
        };
    }

    static Path copyOfShippedKnowledge(Path target) throws IOException {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(SHIPPED.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        return target;
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return out;
    }

    private static ObjectNode last(ArrayNode councils) {
        return (ObjectNode) councils.get(councils.size() - 1);
    }

    static void editManifest(Path dir, Consumer<ArrayNode> edit) {
        try {
            Path file = dir.resolve("manifest.json");
            ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
            edit.accept((ArrayNode) root.get("councils"));
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replaceInManifest(Path dir, String from, String to) {
        try {
            Path file = dir.resolve("manifest.json");
            Files.writeString(file, Files.readString(file).replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
