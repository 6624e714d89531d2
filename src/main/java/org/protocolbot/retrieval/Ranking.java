package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The two-stage hybrid ranking, as one function of per-clause evidence, shared by {@link HybridRetriever} and the
 * cross-validation that tunes its weights, so what is tuned is exactly what answers.
 * <ol>
 *   <li>Every clause in scope: cosine of the question with the whole clause, plus a share of its BM25 score
 *       (normalised by the best BM25 score for the question), plus the topic prior.</li>
 *   <li>The best {@code pool} of those are re-ranked with their best-matching sentence: a question usually asks about
 *       one sentence of a long clause, which the whole-clause vector dilutes.</li>
 * </ol>
 * Ties break on position (corpus order), so the ranking is the same in every run.
 */
public final class Ranking {

    /**
     * A cosine worked out only for the clauses that reach stage two: the question with a clause's best sentence (-1
     * when it has none), or with its closest example question.
     */
    public interface PoolCosine {
        double of(int clause);
    }

    /**
     * @param lexical  weight of the normalised BM25 score
     * @param passage  weight of the best sentence against the whole clause, in stage two
     * @param topic    weight of the topic prior
     * @param asked    weight of the clause's closest example question
     */
    public record Weights(double lexical, double passage, double topic, double asked) {
        public static Weights of(Tuning tuning) {
            return new Weights(tuning.lexicalWeight(), tuning.passageWeight(), tuning.topicWeight(), tuning.questionWeight());
        }
    }

    /** A ranked clause: its position in the arrays given, and its final score. */
    public record Ranked(int clause, double score) {
    }

    private Ranking() {
    }

    /**
     * @param cosine       per clause, the whole-clause cosine
     * @param lexicalShare per clause, BM25 over the best BM25 (0 without a hit)
     * @param prior        per clause, the topic prior, or null
     * @param asked        per clause, the cosine of its closest example question, or null for none
     */
    public static List<Ranked> rank(double[] cosine, double[] lexicalShare, double[] prior, PoolCosine asked,
                                    PoolCosine passage, Weights w, int pool, int limit) {
        Pool first = new Pool(pool);
        for (int i = 0; i < cosine.length; i++) {
            first.offer(i, cosine[i] + extra(i, lexicalShare, prior, w));
        }
        List<Ranked> second = new ArrayList<>(first.size);
        for (int p = 0; p < first.size; p++) {
            int i = first.clauses[p];
            double c = cosine[i];
            double blended = (1 - w.passage()) * c + w.passage() * Math.max(c, passage.of(i));
            double questions = asked == null || w.asked() == 0 ? 0 : w.asked() * asked.of(i);
            second.add(new Ranked(i, blended + extra(i, lexicalShare, prior, w) + questions));
        }
        second.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparingInt(Ranked::clause));
        return List.copyOf(second.subList(0, Math.min(limit, second.size())));
    }

    /** What words and topics add to a clause's similarity, the same in both stages. */
    private static double extra(int i, double[] lexicalShare, double[] prior, Weights w) {
        return w.lexical() * lexicalShare[i] + (prior == null ? 0 : w.topic() * prior[i]);
    }

    /**
     * The best {@code capacity} clauses offered so far, best first, by score, equal scores in offer order
     * ({@code Double.compare} order). Clauses are offered in corpus order, so one that only ties the worst kept
     * stays out. A small sorted array rather than a sort of every clause: stage one is the only work that grows with
     * the corpus.
     */
    static final class Pool {
        final int[] clauses;
        final double[] scores;
        int size;

        Pool(int capacity) {
            clauses = new int[capacity];
            scores = new double[capacity];
        }

        void offer(int clause, double score) {
            if (size == clauses.length && (size == 0 || Double.compare(score, scores[size - 1]) <= 0)) {
                return;
            }
            int at = size == clauses.length ? size - 1 : size++;
            // Shift worse ones down; an equal score earlier in the corpus stays ahead.
            while (at > 0 && Double.compare(score, scores[at - 1]) > 0) {
                clauses[at] = clauses[at - 1];
                scores[at] = scores[at - 1];
                at--;
            }
            clauses[at] = clause;
            scores[at] = score;
        }
    }
}
