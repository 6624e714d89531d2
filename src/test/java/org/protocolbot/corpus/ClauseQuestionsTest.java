package org.protocolbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClauseQuestionsTest {

    private static final Path SHIPPED = Path.of("knowledge");

    /** A copy of the shipped manifest and clauses, with no question files, to add one to. */
    private static KnowledgeBase copyWithoutQuestions(Path dir) throws IOException {
        Files.copy(SHIPPED.resolve(Manifest.FILE_NAME), dir.resolve(Manifest.FILE_NAME));
        Files.createDirectories(dir.resolve(ClauseFiles.DIRECTORY));
        Files.createDirectories(dir.resolve(ClauseQuestions.DIRECTORY));
        try (var files = Files.list(SHIPPED.resolve(ClauseFiles.DIRECTORY))) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(ClauseFiles.DIRECTORY).resolve(file.getFileName()));
            }
        }
        return KnowledgeBase.directory(dir);
    }

    @Test
    void everyShippedQuestionBelongsToAShippedClauseAndEveryCouncilHasSome() {
        KnowledgeBase knowledge = KnowledgeBase.directory(SHIPPED);
        ClauseCorpus corpus = knowledge.load();
        ClauseQuestions questions = ClauseQuestions.read(knowledge, corpus);

        assertEquals(List.of(), questions.unknown());
        Map<String, Integer> counts = questions.countByCouncil(corpus);
        counts.forEach((council, n) -> assertTrue(n >= corpus.clauses(council).size(), council + " has " + n));
        assertTrue(questions.texts().stream().allMatch(q -> !q.isBlank() && q.equals(q.strip())));
    }

    @Test
    void questionsAreGroupedInCorpusOrderWhateverTheFileOrder(@TempDir Path dir) throws IOException {
        KnowledgeBase knowledge = copyWithoutQuestions(dir);
        Files.writeString(dir.resolve(ClauseQuestions.fileName("kirklees")), """
                {"clause":"6.3","questions":["can i go to the group mtg?"," "]}
                {"clause":"1","questions":["what is this protocol for?"]}

                {"clause":"6.3","questions":["do I have to brief the opposition too?"]}
                """);
        ClauseCorpus corpus = knowledge.load();

        ClauseQuestions questions = ClauseQuestions.read(knowledge, corpus);

        assertEquals(List.of("what is this protocol for?", "can i go to the group mtg?", "do I have to brief the opposition too?"),
                questions.texts());
        List<Clause> clauses = corpus.allClauses();
        assertEquals(List.of("kirklees:1", "kirklees:6.3", "kirklees:6.3"),
                java.util.Arrays.stream(questions.owners()).mapToObj(i -> clauses.get(i).id()).toList());
        assertEquals(3, questions.countByCouncil(corpus).get("kirklees"));
        assertEquals(0, questions.countByCouncil(corpus).get("leeds"));
    }

    @Test
    void aLineForAClauseTheCouncilLacksIsSetAsideAndListed(@TempDir Path dir) throws IOException {
        KnowledgeBase knowledge = copyWithoutQuestions(dir);
        Files.writeString(dir.resolve(ClauseQuestions.fileName("leeds")), """
                {"clause":"99.9","questions":["renumbered away?"]}
                {"clause":"7.4","questions":["can officers go to group meetings?"]}
                """);

        ClauseQuestions questions = ClauseQuestions.read(knowledge, knowledge.load());

        assertEquals(List.of("leeds:99.9"), questions.unknown());
        assertEquals(List.of("can officers go to group meetings?"), questions.texts());
    }

    @Test
    void aDamagedLineIsAnErrorNamingTheFileAndLine(@TempDir Path dir) throws IOException {
        KnowledgeBase knowledge = copyWithoutQuestions(dir);
        Files.writeString(dir.resolve(ClauseQuestions.fileName("rbkc")), """
                {"clause":"1.01","questions":["fine"]}
                {"clause":"1.02","questions":
                """);
        ClauseCorpus corpus = knowledge.load();

        IngestException e = assertThrows(IngestException.class, () -> ClauseQuestions.read(knowledge, corpus));
        assertTrue(e.getMessage().contains("rbkc.jsonl:2:"), e.getMessage());

        Files.writeString(dir.resolve(ClauseQuestions.fileName("rbkc")), "{\"questions\":[\"no clause\"]}\n");
        e = assertThrows(IngestException.class, () -> ClauseQuestions.read(knowledge, corpus));
        assertTrue(e.getMessage().contains("rbkc.jsonl:1: needs \"clause\""), e.getMessage());
    }
}
