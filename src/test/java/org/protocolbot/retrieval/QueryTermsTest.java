package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class QueryTermsTest {

    private static final String RULES = """
            # comment
            cllr, councillor, member
            bcc, blind copy
            chief exec, chief executive
            purdah => pre election period, purdah
            """;

    private final QueryTerms terms = new QueryTerms(Thesaurus.parse(RULES), 0.5);

    private Map<String, Double> weights(String text) {
        return terms.of(text).stream().collect(Collectors.toMap(QueryTerms.Term::text, QueryTerms.Term::weight));
    }

    @Test
    void anAbbreviationAlsoSearchesForTheProtocolsWordAtLowerWeight() {
        Map<String, Double> w = weights("Can a cllr ring my team?");
        assertEquals(1.0, w.get("cllr"));
        assertEquals(0.5, w.get("councillor"));
        assertEquals(0.5, w.get("member"));
    }

    @Test
    void multiWordEntriesMatchAsTypedAndAreStemmedLikeTheIndex() {
        Map<String, Double> w = weights("should I bcc the chief exec");
        assertTrue(w.containsKey("blind"), w::toString);
        assertTrue(w.containsKey("copi"), w::toString); // Porter stem of "copy", as clauses are indexed
        assertTrue(w.containsKey("execut"), w::toString);
    }

    @Test
    void aOneWayRuleAddsTheProtocolsPhrase() {
        Map<String, Double> w = weights("purdah rules?");
        assertTrue(w.containsKey("elect") && w.containsKey("period"), w::toString);
        assertEquals(1.0, w.get("purdah"));
    }

    @Test
    void withoutAThesaurusQuestionsAreAnalysedExactlyAsClauses() {
        QueryTerms plain = new QueryTerms(Thesaurus.none(), 0.5);
        String text = "Councillors' requests for briefings from officers";
        assertEquals(EnglishTerms.of(text), plain.of(text).stream().map(QueryTerms.Term::text).toList());
    }

    @Test
    void aTypedWordKeepsItsFullWeightWhenASynonymRepeatsIt() {
        Map<String, Double> w = weights("a councillor who is a member of a cllr group");
        assertEquals(1.0, w.get("councillor"));
        assertEquals(1.0, w.get("member"));
    }

    @Test
    void aMalformedRuleIsReportedWithTheFileName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Thesaurus.parse(new java.io.StringReader("a => \n"), "knowledge/thesaurus.txt"));
        assertTrue(e.getMessage().startsWith("knowledge/thesaurus.txt"), e.getMessage());
    }
}
