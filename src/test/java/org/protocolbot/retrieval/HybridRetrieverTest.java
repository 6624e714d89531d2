package org.protocolbot.retrieval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.WordEmbedder;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;

/**
 * The two-stage ranking over a few hand-written clauses, with the word-hashing {@link WordEmbedder} standing in for
 * MiniLM: fast, and each expectation follows from which words the texts share.
 */
class HybridRetrieverTest {

    private static final TextEmbedder EMBEDDER = new WordEmbedder();
    private static final RetrievalScope EVERYWHERE = RetrievalScope.of(Optional.empty());
    private static final QueryTerms NO_THESAURUS = new QueryTerms(Thesaurus.none(), 1.0);

    private static Clause clause(String council, String number, String text) {
        return new Clause(council, number, "1", "Working together", "", text, List.of(), 1, 1);
    }

    /** The clauses in the order given, each council's kept together as the corpus requires. */
    private static ClauseCorpus corpus(Clause... clauses) {
        Map<String, List<Clause>> byCouncil = new LinkedHashMap<>();
        for (Clause clause : clauses) {
            byCouncil.computeIfAbsent(clause.council(), k -> new ArrayList<>()).add(clause);
        }
        List<Council> councils = byCouncil.keySet().stream()
                .map(id -> new Council(id, id, 0, id + ".txt", "", "", List.of(), List.of())).toList();
        return new ClauseCorpus(councils, byCouncil);
    }

    private static HybridRetriever retriever(ClauseCorpus corpus, RetrievalMode mode, QueryTerms terms) {
        return new HybridRetriever(corpus, EMBEDDER, ClauseVectors.compute(corpus, EMBEDDER),
                new LexicalIndex(corpus.allClauses(), terms), mode, Tuning.DEFAULT);
    }

    private static HybridRetriever retriever(ClauseCorpus corpus) {
        return retriever(corpus, RetrievalMode.HYBRID, NO_THESAURUS);
    }

    private static List<String> ids(List<ScoredClause> ranked) {
        return ranked.stream().map(s -> s.clause().id()).toList();
    }

    @Test
    void theClauseSharingTheQuestionsWordsRanksFirstOnBothMeaningAndWords() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Members chair committee meetings."),
                clause("t", "1.2", "Officers declare gifts and hospitality."),
                clause("t", "1.3", "Officers brief members before meetings."));

        List<ScoredClause> ranked = retriever(corpus).retrieve("declare gifts", EVERYWHERE, 3);

        assertEquals("t:1.2", ranked.get(0).clause().id());
        assertTrue(ranked.get(0).cosine() > ranked.get(1).cosine(), ranked::toString);
        assertTrue(ranked.get(0).lexical() > 0, ranked::toString);
        assertEquals(0, ranked.get(1).lexical());
    }

    @Test
    void aScopedQuestionRanksOnlyThatCouncilsClauses() {
        ClauseCorpus corpus = corpus(
                clause("a", "1.1", "Officers declare gifts."),
                clause("a", "1.2", "Members declare gifts."),
                clause("b", "1.1", "Officers declare gifts."),
                clause("b", "1.2", "Members chair meetings."));
        HybridRetriever retriever = retriever(corpus);

        List<ScoredClause> ranked = retriever.retrieve("declare gifts", RetrievalScope.of(Optional.of("b")), 10);

        assertEquals(List.of("b:1.1", "b:1.2"), ids(ranked));
        assertEquals(List.of(), retriever.retrieve("declare gifts", RetrievalScope.of(Optional.of("nowhere")), 10));
    }

    @Test
    void equalClausesRankInCorpusOrderSoEveryRunAgrees() {
        ClauseCorpus corpus = corpus(
                clause("zeta", "1.1", "Officers declare gifts."),
                clause("alpha", "1.1", "Officers declare gifts."),
                clause("mu", "1.1", "Officers declare gifts."));

        List<ScoredClause> ranked = retriever(corpus).retrieve("declare gifts", EVERYWHERE, 3);

        assertEquals(List.of("zeta:1.1", "alpha:1.1", "mu:1.1"), ids(ranked));
        assertEquals(ranked.get(0).score(), ranked.get(2).score());
    }

    @Test
    void meaningDecidesBetweenClausesTheWordsCannotTellApart() {
        // BM25 sees "gift" and "officer", as far apart, in both (the rest are stop words); the embedding sees every word.
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Gift to an officer."),
                clause("t", "1.2", "A gift to an officer."));
        String question = "a gift to an officer";

        List<ScoredClause> byWords = retriever(corpus, RetrievalMode.LEXICAL, NO_THESAURUS).retrieve(question, EVERYWHERE, 2);
        List<ScoredClause> hybrid = retriever(corpus).retrieve(question, EVERYWHERE, 2);

        assertEquals(List.of("t:1.1", "t:1.2"), ids(byWords), "a tie on words keeps corpus order");
        assertEquals(byWords.get(0).lexical(), byWords.get(1).lexical());
        assertEquals(List.of("t:1.2", "t:1.1"), ids(hybrid));
    }

    @Test
    void aThesaurusSynonymLiftsTheClauseInTheProtocolsWordsWhenMeaningIsTied() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "A member may ask."),
                clause("t", "1.2", "A councillor may ask."));
        QueryTerms thesaurus = new QueryTerms(Thesaurus.parse("cllr, councillor"), 0.5);

        List<ScoredClause> plain = retriever(corpus).retrieve("cllr may ask", EVERYWHERE, 2);
        List<ScoredClause> expanded = retriever(corpus, RetrievalMode.HYBRID, thesaurus).retrieve("cllr may ask", EVERYWHERE, 2);

        assertEquals(plain.get(0).cosine(), plain.get(1).cosine(), "the embedding knows no synonyms");
        assertEquals(List.of("t:1.1", "t:1.2"), ids(plain));
        assertEquals(List.of("t:1.2", "t:1.1"), ids(expanded));
    }

    @Test
    void aTopicPriorLiftsTheClauseItPointsAtOverAnEqualOne() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Officers declare gifts."),
                clause("t", "1.2", "Officers declare gifts."));
        HybridRetriever retriever = retriever(corpus);
        String question = "declare gifts";

        List<ScoredClause> ranked = retriever.retrieve(question, retriever.embed(question), EVERYWHERE, 2, new double[] {0, 1});

        assertEquals(List.of("t:1.2", "t:1.1"), ids(ranked));
    }

    @Test
    void theBestSentenceOfALongClauseIsTheOneTheQuestionIsAbout() {
        ClauseCorpus corpus = corpus(clause("t", "1.1",
                "Officers give advice to members on policy matters. Officers never canvass for a political party."));

        ScoredClause best = retriever(corpus).retrieve("canvass for a political party", EVERYWHERE, 1).get(0);

        assertEquals("Officers never canvass for a political party.",
                corpus.allClauses().get(0).text().substring(best.bestPassage().orElseThrow().start(),
                        best.bestPassage().orElseThrow().end()));
    }

    @Test
    void aQuestionOfOnlyStopWordsHasNoWordEvidenceAndIsRankedByMeaning() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Members chair meetings."),
                clause("t", "1.2", "It is for the officers to be there."));

        List<ScoredClause> ranked = retriever(corpus).retrieve("is it to be there", EVERYWHERE, 2);

        assertEquals(List.of("t:1.2", "t:1.1"), ids(ranked));
        ranked.forEach(s -> assertEquals(0, s.lexical(), s::toString));
    }

    @Test
    void aKeywordSearchRanksByTheWordsTypedAndFallsBackToMeaningWhenNoClauseHasThem() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Members chair meetings."),
                clause("t", "1.2", "Officers treat such requests in confidence."),
                clause("t", "1.3", "Members chair committee meetings."));
        HybridRetriever retriever = retriever(corpus);

        assertEquals(List.of("t:1.2"), retriever.search("confidence", Optional.empty(), 3).stream().map(Clause::id).toList());
        // "such" is a stop word, so BM25 has nothing; the embedding still finds the clause that uses it.
        assertEquals("t:1.2", retriever.search("such", Optional.empty(), 3).get(0).id());
    }

    @Test
    void atMostTheLimitIsReturnedAndANegativeLimitIsRefused() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Officers declare gifts."),
                clause("t", "1.2", "Members declare gifts."),
                clause("t", "1.3", "Staff declare gifts."));
        HybridRetriever retriever = retriever(corpus);

        assertEquals(2, retriever.retrieve("declare gifts", EVERYWHERE, 2).size());
        assertThrows(IllegalArgumentException.class, () -> retriever.retrieve("declare gifts", EVERYWHERE, -1));
    }

    @Test
    void vectorsForAnotherCorpusAreRefused() {
        ClauseCorpus corpus = corpus(clause("t", "1.1", "Officers declare gifts."), clause("t", "1.2", "Members decide."));
        ClauseVectors other = ClauseVectors.compute(corpus(clause("t", "1.1", "Officers declare gifts.")), EMBEDDER);

        assertThrows(IllegalArgumentException.class, () -> new HybridRetriever(corpus, EMBEDDER, other,
                new LexicalIndex(corpus.allClauses()), RetrievalMode.HYBRID, Tuning.DEFAULT));
    }

    private static HybridRetriever withQuestions(ClauseCorpus corpus, double weight, int[] owners, String... questions) {
        Tuning tuning = Tuning.DEFAULT.withRetrieval(0.1, 0.4, 0, weight, 0.06);
        return new HybridRetriever(corpus, EMBEDDER, ClauseVectors.compute(corpus, EMBEDDER),
                new AskedVectors(EMBEDDER.embedAll(List.of(questions)), owners),
                new LexicalIndex(corpus.allClauses(), NO_THESAURUS), RetrievalMode.HYBRID, tuning);
    }

    @Test
    void aClausesOwnExampleQuestionsCanOutrankAnotherClauseThatSharesTheQuestionsWords() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "A cllr keeps a diary."),
                clause("t", "1.2", "Members must not instruct staff directly."));
        int[] owners = {0, 1};
        String[] questions = {"when is the diary published", "cllr keeps phoning my junior to give orders"};

        assertEquals("t:1.1", ids(withQuestions(corpus, 0, owners, questions)
                .retrieve("cllr keeps phoning my junior", EVERYWHERE, 2)).get(0));
        assertEquals("t:1.2", ids(withQuestions(corpus, 1.0, owners, questions)
                .retrieve("cllr keeps phoning my junior", EVERYWHERE, 2)).get(0));
    }

    @Test
    void aClauseWithoutExampleQuestionsCountsItsOwnSimilarityInstead() {
        ClauseCorpus corpus = corpus(
                clause("t", "1.1", "Members declare gifts."),
                clause("t", "1.2", "Officers chair nothing."));
        // 1.2's only question shares no word with the query; 1.1 has none, so its own (high) cosine stands in.
        List<ScoredClause> ranked = withQuestions(corpus, 1.0, new int[] {1}, "who runs meetings")
                .retrieve("members declare gifts", EVERYWHERE, 2);

        assertEquals(List.of("t:1.1", "t:1.2"), ids(ranked));
        // 1.1: its cosine, the whole BM25 share (0.1), and its cosine again for the questions it lacks; 1.2: nothing.
        assertEquals(2 * ranked.get(0).cosine() + 0.1, ranked.get(0).score(), 1e-6, ranked::toString);
        assertEquals(0, ranked.get(1).score(), 1e-6, ranked::toString);
    }

    @Test
    void anExampleQuestionForNoClauseIsRefused() {
        ClauseCorpus corpus = corpus(clause("t", "1.1", "Officers declare gifts."));

        assertThrows(IllegalArgumentException.class, () -> withQuestions(corpus, 1.0, new int[] {1}, "gifts?"));
    }
}
