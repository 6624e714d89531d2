package org.protocolbot.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.protocolbot.WordEmbedder;
import org.protocolbot.corpus.IngestException;

class TopicMatcherTest {

    private static final String CATALOGUE = """
            {"about": "test", "topics": [
              {"id": "copying", "kind": "protocol", "title": "Copying correspondence", "description": "copies of letters",
               "headingWords": ["correspondence"], "phrasings": ["can i bcc a councillor", "copy in another member on an email"]},
              {"id": "groups", "kind": "protocol", "title": "Party groups", "description": "group meetings",
               "phrasings": ["can officers attend a party group meeting", "brief the labour group"]},
              {"id": "pay", "kind": "out-of-scope", "title": "Pay", "description": "salaries",
               "phrasings": ["when is payday", "what grade is my job and what is the salary"]}
            ]}""";

    private final WordEmbedder embedder = new WordEmbedder();
    private final TopicCatalogue catalogue = TopicCatalogue.read(
            new ByteArrayInputStream(CATALOGUE.getBytes(StandardCharsets.UTF_8)), "topics.json");
    private final TopicMatcher matcher = new TopicMatcher(catalogue, embedder.embedAll(catalogue.phrasings()), 1);

    @Test
    void aQuestionIsMatchedToTheTopicOfItsNearestPhrasing() {
        TopicMatch match = matcher.match(embedder.embed("may I bcc the councillor on my reply"));
        assertEquals("copying", match.bestTopic(TopicKind.PROTOCOL).orElseThrow().id());
        assertTrue(match.best(TopicKind.PROTOCOL) > match.best(TopicKind.OUT_OF_SCOPE));
    }

    @Test
    void anOutOfScopeQuestionIsClosestToAnOutOfScopeTopic() {
        TopicMatch match = matcher.match(embedder.embed("when is payday this month"));
        assertEquals("pay", match.bestTopic(TopicKind.OUT_OF_SCOPE).orElseThrow().id());
        assertTrue(match.best(TopicKind.OUT_OF_SCOPE) > match.best(TopicKind.PROTOCOL));
    }

    @Test
    void aTopicsScoreIsTheMeanOfItsNearestPhrasings() {
        TopicMatcher two = new TopicMatcher(catalogue, embedder.embedAll(catalogue.phrasings()), 2);
        float[] q = embedder.embed("can i bcc a councillor");
        double first = dot(q, embedder.embed("can i bcc a councillor"));
        double second = dot(q, embedder.embed("copy in another member on an email"));
        assertEquals((first + second) / 2, two.match(q).score(0), 1e-9);
    }

    @Test
    void aCatalogueMistakeNamesTheLineAndColumn() {
        String broken = "{\"topics\": [\n  {\"id\": \"x\", \"kind\": \"protocol\" \"phrasings\": []}\n]}";
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> TopicCatalogue.read(
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8)), "topics.json"));
        assertTrue(e.getMessage().startsWith("topics.json:2:"), e.getMessage());
    }

    @Test
    void anUnknownKindIsRefusedWithTheKindsThatAreValid() {
        String wrong = "{\"topics\": [{\"id\": \"x\", \"kind\": \"maybe\", \"phrasings\": [\"a\"]}]}";
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> TopicCatalogue.read(
                new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)), "topics.json"));
        assertTrue(e.getMessage().contains("\"protocol\" or \"out-of-scope\""), e.getMessage());
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
