package org.protocolbot.answer;

import org.protocolbot.retrieval.ScoredClause;

/**
 * Decides whether the best clause found actually answers the question, or whether the honest reply is
 * "the protocol does not cover this". The evidence is the cosine similarity between the question and the
 * clause: hybrid rank says which clause is best, not whether any clause is good enough.
 *
 * @param minCosine  the best clause must be at least this similar to the question
 * @param quoteSpread a further clause is quoted only if its similarity is within this distance of the best one
 */
public record RelevanceGate(double minCosine, double quoteSpread) {

    /**
     * Calibrated on the development questions (answerable versus off-topic) by {@code eval --calibrate}: the midpoint
     * of the gap between the lowest answerable and the highest off-topic best-clause similarity. See README.
     */
    public static final RelevanceGate DEFAULT = new RelevanceGate(0.30, 0.12);

    public boolean answers(ScoredClause best) {
        return best.cosine() >= minCosine;
    }

    public boolean worthQuoting(ScoredClause best, ScoredClause other) {
        return other.cosine() >= minCosine && other.cosine() >= best.cosine() - quoteSpread;
    }
}
