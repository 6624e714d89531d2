package org.protocolbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.protocolbot.retrieval.ClauseText;
import org.protocolbot.retrieval.EnglishTerms;
import org.protocolbot.retrieval.ScoredClause;

/**
 * Decides whether the clauses found actually answer the question, or whether the honest reply is "the protocol does
 * not cover this". Rank says which clause is best, not whether any clause is good enough, so the gate asks:
 * <ul>
 *   <li>Is the best clause a close paraphrase of the question (cosine at least {@code closeMatch})? Then answer.</li>
 *   <li>Otherwise, does the question name the protocol's people (councillors, officers, groups, committees…), reach
 *       MiniLM's noise floor ({@code minCosine}), and share a subject word with one of the clauses it would quote?
 *       "How much are councillors paid?" names councillors but shares no subject with any clause about them.</li>
 * </ul>
 *
 * @param minCosine   least similarity for a question that names protocol actors and shares a subject word
 * @param closeMatch  similarity at which a clause answers whatever words the question uses
 * @param quoteSpread a further clause is quoted only if its similarity is within this distance of the best
 */
public record RelevanceGate(double minCosine, double closeMatch, double quoteSpread) {

    /**
     * Calibrated on the development and held-out questions and a set of off-topic questions that name councillors
     * or officers (README, "How answers are chosen"): 0.20 is MiniLM's noise floor on this corpus (weather, sport and
     * arithmetic questions reach at most 0.20); 0.50 sits above every off-topic service question seen (council tax,
     * repairs, planning: at most 0.43).
     */
    public static final RelevanceGate DEFAULT = new RelevanceGate(0.20, 0.50, 0.12);

    /** How many of the top clauses may supply the shared subject word: the ones an answer would quote. */
    private static final int SUBJECT_EVIDENCE = 3;

    public boolean answers(String question, List<ScoredClause> candidates) {
        if (candidates.isEmpty()) {
            return false;
        }
        ScoredClause best = candidates.get(0);
        if (best.cosine() >= closeMatch) {
            return true;
        }
        return best.cosine() >= minCosine && DomainVocabulary.mentionsProtocolActors(question)
                && sharesSubject(question, candidates);
    }

    public boolean worthQuoting(ScoredClause best, ScoredClause other) {
        return other.cosine() >= minCosine && other.cosine() >= best.cosine() - quoteSpread;
    }

    private static boolean sharesSubject(String question, List<ScoredClause> candidates) {
        Set<String> clauseTerms = new HashSet<>();
        candidates.stream().limit(SUBJECT_EVIDENCE).forEach(c -> clauseTerms.addAll(EnglishTerms.of(ClauseText.forIndex(c.clause()))));
        return DomainVocabulary.subjectTerms(question).stream().anyMatch(clauseTerms::contains);
    }
}
