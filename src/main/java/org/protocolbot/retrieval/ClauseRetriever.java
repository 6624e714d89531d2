package org.protocolbot.retrieval;

import java.util.List;

/**
 * Finds the clauses that best answer a question, best first, with the evidence behind each rank. One default
 * implementation: {@link HybridRetriever} (MiniLM meaning, BM25 words, topic prior).
 */
public interface ClauseRetriever extends ClauseSearch {

    /** The question's unit vector: embedded once, shared by the topic matcher, the guard and every scope searched. */
    float[] embed(String text);

    /** The lexical half of the evidence, which needs no vector: {@link WordMatches} says why it stands apart. */
    WordMatches words(String query, RetrievalScope scope);

    /**
     * @param words    the question's lexical hits in the scope to search, from {@link #words}
     * @param question its vector, from {@link #embed}
     * @param prior    for each clause in corpus order, how strongly the question's topics point at it; or null
     */
    List<ScoredClause> retrieve(WordMatches words, float[] question, int limit, double[] prior);

    /** As {@link #retrieve(WordMatches, float[], int, double[])}, looking the words up first. */
    default List<ScoredClause> retrieve(String query, float[] question, RetrievalScope scope, int limit, double[] prior) {
        return retrieve(words(query, scope), question, limit, prior);
    }

    /** The best {@code limit} clauses for a text, by meaning and words alone (no topic prior). */
    default List<ScoredClause> retrieve(String query, RetrievalScope scope, int limit) {
        return retrieve(query, embed(query), scope, limit, null);
    }
}
