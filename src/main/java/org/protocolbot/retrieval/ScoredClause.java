package org.protocolbot.retrieval;

import org.protocolbot.corpus.Clause;

/**
 * A retrieved clause with the evidence behind its rank.
 *
 * @param clause   the clause
 * @param score    the fused score used for ranking (higher is better)
 * @param cosine   cosine similarity between question and clause embeddings
 * @param lexical  BM25 score (0 when no query term matched)
 * @param passage  the clause's best-matching sentence (see {@link ClauseText#passageSpans}), or -1 when the clause
 *                 has none long enough to embed on its own
 */
public record ScoredClause(Clause clause, double score, double cosine, double lexical, int passage) {

    /** Where the best-matching sentence stands in the clause text, if the clause has one. */
    public java.util.Optional<ClauseText.Passage> bestPassage() {
        return passage < 0 ? java.util.Optional.empty() : java.util.Optional.of(ClauseText.passageSpans(clause).get(passage));
    }
}
