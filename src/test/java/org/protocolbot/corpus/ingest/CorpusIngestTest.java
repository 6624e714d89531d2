package org.protocolbot.corpus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protocolbot.corpus.ClauseSequences.expand;

import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.KnowledgeBase;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.protocolbot.retrieval.ClauseVectors;
import org.protocolbot.retrieval.MiniLmEmbedder;

/**
 * The clause count and numbering of every council, counted by hand from the sources in knowledge/sources, and
 * proof that the committed knowledge files are exactly what ingest produces from those sources.
 */
class CorpusIngestTest {

    private static final Path KNOWLEDGE = Path.of("knowledge");
    private static Ingester.Result result;
    private static ClauseCorpus corpus;

    @BeforeAll
    static void ingest() {
        result = Ingester.run(KNOWLEDGE);
        corpus = KnowledgeBase.directory(KNOWLEDGE).load();
    }

    @Test
    void kirkleesNumbersFollowTheSourceIncludingUnnumberedSectionsAndLostNumbers() {
        // Sections 1-3 have no clause numbers (one clause each); 6.6 and 8.2 lost their numbers in conversion.
        assertNumbers("kirklees", expand("1", "2", "3", "4.1-4.5", "5.1-5.7", "6.1-6.6", "7.1-7.6", "8.1-8.8",
                "9.1-9.4", "10.1-10.3", "11.1-11.3"));
        assertEquals(45, corpus.clauses("kirklees").size());
    }

    @Test
    void appendixJRepairsTheUpdatesSectionMisnumberedAsFive() {
        // Section 6 "Updates" numbers its clauses 5.1, (none), 5.3 in the source.
        assertNumbers("appendix-j", expand("1.1-1.4", "2.1-2.6", "3.1-3.3", "4.1-4.3", "5.1-5.2", "6.1-6.3"));
        assertEquals(21, corpus.clauses("appendix-j").size());
    }

    @Test
    void rbkcReadsRomanOneAsOneAndSkipsTheCommitteeReport() {
        // I.01-I.13 then 1.14-1.16 in the source; the report's own paragraphs 1.1-4.1 are not clauses.
        assertNumbers("rbkc", expand("1.01-1.16", "2.01-2.03", "3.01-3.02", "4.01-4.05", "5.01-5.09", "6.01", "7.01", "8.01"));
        assertEquals(38, corpus.clauses("rbkc").size());
    }

    @Test
    void wolverhamptonStartsAtTheAppendedProtocolNotTheReport() {
        // 5.2, 5.3, 6.4, 6.5 lost their numbers; section 20 lost its heading.
        assertNumbers("wolverhampton", expand("1.1-1.2", "2.1-2.6", "3.1-3.6", "4.1-4.6", "5.1-5.3", "6.1-6.7", "7.1-7.3",
                "8.1", "9.1-9.7", "10.1-10.2", "11.1-11.3", "12.1-12.9", "13.1-13.5", "14.1-14.6", "15.1-15.9",
                "16.1-16.5", "17.1-17.5", "18.1-18.3", "19.1", "20.1-20.5"));
        assertEquals(94, corpus.clauses("wolverhampton").size());
    }

    @Test
    void leedsKeepsThreeLevelNumbersAndTheUnnumberedMonitoringSection() {
        assertNumbers("leeds", expand("1.1-1.7", "2.1-2.16", "3.1-3.8", "4.1-4.11", "5.1-5.3", "6.1-6.14", "7.1-7.15",
                "8.1-8.3", "9.1-9.10", "10.1-10.19", "11.1-11.11", "12.1-12.3", "13.1-13.2", "14.1", "14.2", "14.3",
                "14.3.1", "14.3.2", "14.4", "14.4.1", "14.5", "15.1-15.2", "16.1", "17.1-17.7", "18.1-18.8", "19.1-19.5",
                "20.1-20.3", "21.1-21.4", "22.1", "23.1", "24.1-24.2", "25", "26.1-26.3"));
        assertEquals(168, corpus.clauses("leeds").size());
    }

    @Test
    void committedKnowledgeIsNotStaleAgainstTheSources() throws IOException {
        for (Map.Entry<String, String> file : result.files().entrySet()) {
            Path onDisk = KNOWLEDGE.resolve(file.getKey());
            assertTrue(Files.isRegularFile(onDisk), onDisk + " is missing: run `java -jar target/protocol-bot.jar ingest`");
            assertEquals(file.getValue(), Files.readString(onDisk, StandardCharsets.UTF_8),
                    onDisk + " is stale against knowledge/sources: run `java -jar target/protocol-bot.jar ingest`");
        }
    }

    @Test
    void committedEmbeddingsMatchTheCorpusSoStartUpNeedsNoReEmbedding() throws IOException {
        try (var in = Files.newInputStream(KNOWLEDGE.resolve(ClauseVectors.FILE_NAME))) {
            ClauseVectors vectors = ClauseVectors.read(in);
            assertEquals(ClauseVectors.hash(corpus, MiniLmEmbedder.MODEL_ID), vectors.corpusHash(),
                    "knowledge/embeddings.bin is stale: run `java -jar target/protocol-bot.jar ingest`");
            assertEquals(corpus.size(), vectors.vectors().size());
        }
    }

    @Test
    void ingestReportsEveryRepairWithItsLineNumber() {
        List<String> findings = result.report().findings().stream().map(IngestReport.Finding::toString).toList();
        assertTrue(findings.contains("kirklees:115: clause without a number; numbered 6.6 from the sequence"), findings::toString);
        assertTrue(findings.contains("appendix-j:110: clause number 5.1 is out of sequence in section 6; repaired to 6.1"), findings::toString);
        assertTrue(findings.contains("wolverhampton:271: clause 20.1 starts section 20, which has no heading in the source"), findings::toString);
        String report = result.files().get(Ingester.REPORT);
        assertTrue(report.contains("removed struck-through (deleted) text: 7"), report);
        assertTrue(report.contains("removed tracked-change notes: 10"), report);
    }

    private static void assertNumbers(String council, List<String> expected) {
        assertEquals(expected, corpus.clauses(council).stream().map(Clause::number).toList());
    }
}
