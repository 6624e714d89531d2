package org.protocolbot.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.WordEmbedder;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.IngestException;
import org.protocolbot.retrieval.AskedVectors;
import org.protocolbot.retrieval.ClauseVectors;

/**
 * Links computed from meaning and headings (the clause's example questions when it has them, its prose when not),
 * and the manifest's pins that add or remove one for one council.
 */
class TopicPinsTest {

    private static final String CATALOGUE = """
            {"topics": [
              {"id": "copying", "kind": "protocol", "title": "Copying correspondence", "description": "copies of letters to members",
               "headingWords": ["correspondence"], "phrasings": ["can i bcc a councillor on letters", "copy in another member on letters"]},
              {"id": "groups", "kind": "protocol", "title": "Party groups", "description": "officers at party group meetings",
               "phrasings": ["can officers attend a party group meeting", "brief the party group meeting"]}
            ]}""";

    private final WordEmbedder embedder = new WordEmbedder();
    private final TopicCatalogue catalogue = TopicCatalogue.read(
            new ByteArrayInputStream(CATALOGUE.getBytes(StandardCharsets.UTF_8)), "topics.json");
    private final TopicLinker linker = new TopicLinker(new TopicLinker.Settings(0.05, 0.06, 0.0, 3));

    private TopicLinks links(List<String> pins) {
        return links(pins, List.of());
    }

    /** @param questionsOfTheGroupsClause example questions of clause 2.1 (on party groups), if any */
    private TopicLinks links(List<String> pins, List<String> questionsOfTheGroupsClause) {
        Council council = new Council("testshire", "Testshire", 2024, "t.txt", "", "", List.of(), List.of(), pins);
        ClauseCorpus corpus = new ClauseCorpus(List.of(council), Map.of("testshire", List.of(
                new Clause("testshire", "1.1", "1", "Correspondence", "", "Copies of letters to members must say who was copied.", List.of(), 1, 1),
                new Clause("testshire", "2.1", "2", "Party groups", "", "Officers may attend party group meetings to brief them.", List.of(), 2, 2))));
        ClauseVectors vectors = ClauseVectors.compute(corpus, embedder);
        List<float[]> centres = TopicLinker.centres(catalogue,
                embedder.embedAll(catalogue.topics().stream().map(t -> t.title() + ". " + t.description()).toList()),
                embedder.embedAll(catalogue.phrasings()));
        AskedVectors asked = new AskedVectors(embedder.embedAll(questionsOfTheGroupsClause),
                questionsOfTheGroupsClause.stream().mapToInt(q -> 1).toArray());
        return linker.link(corpus, vectors, asked, catalogue, centres);
    }

    @Test
    void eachClauseIsLinkedToTheTopicItSpeaksTo() {
        TopicLinks links = links(List.of());
        assertEquals("copying", links.of("testshire:1.1").get(0).topic());
        assertEquals("groups", links.of("testshire:2.1").get(0).topic());
    }

    @Test
    void aClauseWithExampleQuestionsIsLinkedByWhatTheyAskNotByItsWords() {
        // The questions say the clause is needed when people copy letters, whatever its own prose talks about.
        TopicLinks links = links(List.of(), List.of("can i bcc another member on my letters", "who must a copy of the letter name"));
        assertEquals("copying", links.of("testshire:2.1").get(0).topic(), links.toString());
        assertEquals("copying", links.of("testshire:1.1").get(0).topic(), "a clause without questions keeps its prose links");
    }

    @Test
    void aPinAddsOrRemovesALinkForOneClauseAndIsMarkedPinned() {
        TopicLinks links = links(List.of("1.1 +groups", "2.1 -groups"));
        assertTrue(links.of("testshire:1.1").stream().anyMatch(l -> l.topic().equals("groups") && l.pinned()), links.toString());
        assertTrue(links.of("testshire:2.1").stream().noneMatch(l -> l.topic().equals("groups")), links.toString());
        assertTrue(TopicLinker.reportLines(links, "testshire").get(0).contains("groups ("), links.toString());
        assertTrue(TopicLinker.reportLines(links, "testshire").get(0).contains(", pinned)"));
    }

    @Test
    void aPinNamingAnUnknownTopicOrClauseIsRefusedWithThePin() {
        IngestException topic = assertThrows(IngestException.class, () -> links(List.of("1.1 +gifts")));
        assertTrue(topic.getMessage().contains("\"1.1 +gifts\" names no protocol topic"), topic.getMessage());
        IngestException clause = assertThrows(IngestException.class, () -> links(List.of("9.9 +groups")));
        assertTrue(clause.getMessage().contains("\"9.9 +groups\" names no clause"), clause.getMessage());
    }
}
