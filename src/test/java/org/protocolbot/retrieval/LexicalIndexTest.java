package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Clause;

/** BM25 over a few hand-written clauses: which words count, how much, and in what order ties come back. */
class LexicalIndexTest {

    private static final RetrievalScope EVERYWHERE = RetrievalScope.of(Optional.empty());

    private static Clause clause(String council, String number, String text) {
        return new Clause(council, number, "1", "Working together", "", text, List.of(), 1, 1);
    }

    private static List<Integer> ordinals(List<LexicalIndex.Hit> hits) {
        return hits.stream().map(LexicalIndex.Hit::ordinal).toList();
    }

    @Test
    void theClauseSharingTheQuestionsRareWordRanksFirst() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "Officers attend meetings of the council."),
                clause("t", "1.2", "Officers declare any hospitality they are offered."),
                clause("t", "1.3", "Members and officers prepare for meetings.")));

        // "meetings" is in two clauses, "hospitality" in one: the rarer word carries more weight.
        List<LexicalIndex.Hit> hits = index.search("hospitality at meetings", EVERYWHERE, 10);

        assertEquals(List.of(1, 0, 2), ordinals(hits));
        assertTrue(hits.get(0).score() > hits.get(1).score(), hits::toString);
    }

    @Test
    void wordsMatchThroughTheirStems() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "Members decide policy."),
                clause("t", "1.2", "Officers must declare any gift.")));

        assertEquals(List.of(1), ordinals(index.search("declaring gifts", EVERYWHERE, 10)));
    }

    @Test
    void aThesaurusSynonymLetsTheQuestionsWordFindTheProtocolsWord() {
        List<Clause> clauses = List.of(clause("t", "1.1", "A councillor may ask for papers."));
        LexicalIndex plain = new LexicalIndex(clauses);
        LexicalIndex withThesaurus = new LexicalIndex(clauses, new QueryTerms(Thesaurus.parse("cllr, councillor"), 0.5));

        assertEquals(List.of(), plain.search("cllr", EVERYWHERE, 10));
        assertEquals(List.of(0), ordinals(withThesaurus.search("cllr", EVERYWHERE, 10)));
    }

    @Test
    void theWordTheUserTypedOutweighsTheSynonymTheThesaurusAdded() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "A councillor may ask for papers."),
                clause("t", "1.2", "A cllr may ask for papers.")),
                new QueryTerms(Thesaurus.parse("cllr, councillor"), 0.5));

        List<LexicalIndex.Hit> hits = index.search("cllr", EVERYWHERE, 10);

        assertEquals(List.of(1, 0), ordinals(hits));
        assertTrue(hits.get(0).score() > hits.get(1).score(), hits::toString);
    }

    @Test
    void wordsTypedTogetherCountExtraWhereTheClauseHasThemTogether() {
        // Both have "need" and "know" once and are as long: only the phrase puts the second ahead of the first.
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "Members know officers need briefings."),
                clause("t", "1.2", "Officers share briefings on need to know.")));

        assertEquals(List.of(1, 0), ordinals(index.search("need to know", EVERYWHERE, 10)));
    }

    @Test
    void aScopedSearchReturnsOnlyThatCouncilsClauses() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("leeds", "1.1", "Officers declare gifts."),
                clause("rbkc", "1.1", "Officers declare gifts."),
                clause("leeds", "1.2", "Members declare gifts.")));

        assertEquals(List.of(1), ordinals(index.search("gifts", RetrievalScope.of(Optional.of("rbkc")), 10)));
        assertEquals(List.of(0, 2), ordinals(index.search("gifts", RetrievalScope.of(Optional.of("leeds")), 10)));
        assertEquals(List.of(), index.search("gifts", RetrievalScope.of(Optional.of("nowhere")), 10));
    }

    @Test
    void equalScoresComeBackInCorpusOrder() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("zeta", "1.1", "Officers declare gifts."),
                clause("alpha", "1.1", "Officers declare gifts."),
                clause("mu", "1.1", "Officers declare gifts.")));

        List<LexicalIndex.Hit> hits = index.search("gifts", EVERYWHERE, 10);

        assertEquals(List.of(0, 1, 2), ordinals(hits));
        assertEquals(hits.get(0).score(), hits.get(2).score());
    }

    @Test
    void aQuestionOfOnlyStopWordsOrPunctuationFindsNothing() {
        LexicalIndex index = new LexicalIndex(List.of(clause("t", "1.1", "It is for the officers to be there.")));

        assertEquals(List.of(), index.search("", EVERYWHERE, 10));
        assertEquals(List.of(), index.search("is it to be there?", EVERYWHERE, 10));
        assertEquals(List.of(), index.search("?! -- ...", EVERYWHERE, 10));
    }

    @Test
    void punctuationInTheQuestionIsNeverQuerySyntax() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "Members decide policy."),
                clause("t", "1.2", "Officers must declare any gift.")));

        assertEquals(List.of(1), ordinals(index.search("gift\" OR text:* AND (", EVERYWHERE, 10)));
    }

    @Test
    void atMostTheLimitIsReturned() {
        LexicalIndex index = new LexicalIndex(List.of(
                clause("t", "1.1", "Officers declare gifts."),
                clause("t", "1.2", "Members declare gifts."),
                clause("t", "1.3", "Staff declare gifts.")));

        assertEquals(2, index.search("gifts", EVERYWHERE, 2).size());
    }
}
