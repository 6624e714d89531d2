package org.protocolbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.protocolbot.retrieval.ClauseText;
import org.protocolbot.retrieval.EnglishTerms;
import org.protocolbot.retrieval.ScoredClause;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.topics.TopicKind;
import org.protocolbot.topics.TopicMatch;

/**
 * Decides whether the clauses found actually answer the question, or whether the honest reply is "the protocol does
 * not cover this". Rank says which clause is best, not whether any clause is good enough. With the topic catalogue:
 * <ul>
 *   <li>A question nearer an out-of-scope topic (pay, leave, allowances, IT, bins…) than any protocol topic,
 *       by {@code outOfScopeMargin}, is not covered, however many words it shares with a clause: the words
 *       "councillor", "officer" and "meeting" are in every clause; unless a clause all but restates the question
 *       (cosine at least {@code restatement}), since a council's own protocol may cover what others do not.</li>
 *   <li>Otherwise a clause that is a close paraphrase of the question (cosine at least {@code closeMatch}) answers,
 *       and so does any question whose closest protocol topic reaches {@code minTopic}, and the best clause's own
 *       similarity to the question reaches {@code minCosine}.</li>
 * </ul>
 * Without a catalogue (a knowledge folder that has none) the older test applies: the question must name the
 * protocol's people and share a subject word with a clause it would quote.
 */
public final class RelevanceGate {

    /** How many of the top clauses may supply the shared subject word: the ones an answer would quote. */
    private static final int SUBJECT_EVIDENCE = 3;
    /** Cosine MiniLM gives unrelated text on this corpus (weather, sport, arithmetic reach at most 0.20). */
    private static final double NOISE_FLOOR = 0.20;

    private final Tuning tuning;

    public RelevanceGate(Tuning tuning) {
        this.tuning = tuning;
    }

    public boolean answers(String question, List<ScoredClause> candidates, Optional<TopicMatch> topics) {
        if (candidates.isEmpty()) {
            return false;
        }
        ScoredClause best = candidates.get(0);
        if (topics.isPresent()) {
            double protocol = topics.get().best(TopicKind.PROTOCOL);
            double outOfScope = topics.get().best(TopicKind.OUT_OF_SCOPE);
            // Out of scope first: "How do I pay my council tax?" is close to the clause on council resources in
            // words and meaning, and still not a protocol question. Only a clause that all but restates the
            // question overrides the catalogue, which cannot know what an added council's protocol covers.
            if (outOfScope - protocol >= tuning.outOfScopeMargin()) {
                return best.cosine() >= tuning.restatement();
            }
            return best.cosine() >= tuning.closeMatch()
                    || (protocol >= tuning.minTopic() && best.cosine() >= tuning.minCosine());
        }
        if (best.cosine() >= tuning.closeMatch()) {
            return true;
        }
        return best.cosine() >= NOISE_FLOOR && DomainVocabulary.mentionsProtocolActors(question)
                && sharesSubject(question, candidates);
    }

    /** A further clause is quoted only when it is nearly as good as the best: three quotes are not better than one. */
    public boolean worthQuoting(ScoredClause best, ScoredClause other) {
        return other.cosine() >= NOISE_FLOOR && other.score() >= best.score() - tuning.quoteSpread();
    }

    private static boolean sharesSubject(String question, List<ScoredClause> candidates) {
        Set<String> clauseTerms = new HashSet<>();
        candidates.stream().limit(SUBJECT_EVIDENCE).forEach(c -> clauseTerms.addAll(EnglishTerms.of(ClauseText.forIndex(c.clause()))));
        return DomainVocabulary.subjectTerms(question).stream().anyMatch(clauseTerms::contains);
    }
}
