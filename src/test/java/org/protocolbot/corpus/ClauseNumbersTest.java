package org.protocolbot.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClauseNumbersTest {

    @ParameterizedTest
    @CsvSource({"6.3,6.3", "I.05,1.05", "l.05,1.05", "6.3.,6.3", "clause 7.4,7.4", "Para 7.4,7.4", "paragraph 10.12,10.12",
            "§ 2.1,2.1", "14.3.1,14.3.1", "' 6.3 ',6.3", "1.O5,1.05"})
    void readsNumbersAsPeopleAndConvertersWriteThem(String raw, String expected) {
        assertEquals(Optional.of(expected), ClauseNumbers.normalise(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "../../etc/passwd", "6.3; DROP TABLE", "1234.5", "6..3", "clause", "6.3.1.2", "%2e%2e/"})
    void rejectsAnythingElse(String raw) {
        assertEquals(Optional.empty(), ClauseNumbers.normalise(raw));
    }

    @Test
    void suggestsTheNearestExistingClauses() {
        ClauseCorpus corpus = KnowledgeBase.directory(Path.of("knowledge")).load();
        assertEquals(List.of("6.4", "6.5", "6.6"), ClauseLookup.nearest(corpus, "kirklees", "6.9"));
        assertEquals(List.of("4.9", "4.10", "4.11"), ClauseLookup.nearest(corpus, "leeds", "4.12"));
    }
}
