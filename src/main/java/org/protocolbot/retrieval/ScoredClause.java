package org.protocolbot.retrieval;

import org.protocolbot.corpus.Clause;

/**
 * A retrieved clause with the evidence behind its rank.
 *
 * @param clause   the clause
 * @param score    the fused score used for ranking (higher is better)
 * @param cosine   cosine similarity between question and clause embeddings
 * @param lexical  BM25 score (0 when no query term matched)
 */
public record ScoredClause(Clause clause, double score, double cosine, double lexical) {
}
