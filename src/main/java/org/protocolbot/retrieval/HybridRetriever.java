package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;

/**
 * Ranks clauses by meaning (MiniLM cosine) and by words (BM25) in two stages.
 * <ol>
 *   <li>Every clause in scope: cosine of the question with the whole clause, plus a share of its BM25 score
 *       normalised by the best BM25 score for this question.</li>
 *   <li>The best {@value #POOL} of those are re-ranked with their best-matching sentence: a question usually asks
 *       about one sentence of a long clause, which the whole-clause vector dilutes.</li>
 * </ol>
 * Ties break on corpus order, so the ranking is the same in every run.
 */
public final class HybridRetriever implements ClauseSearch {

    /**
     * @param lexicalWeight how much the normalised BM25 score adds to the cosine similarity
     * @param passageWeight how much the best sentence's similarity counts against the whole clause's in stage two
     */
    public record Fusion(double lexicalWeight, double passageWeight) {
        /** Chosen by measuring dev and held-out questions together (README, "How answers are chosen"). */
        public static final Fusion DEFAULT = new Fusion(0.2, 0.5);
    }

    static final int POOL = 30;
    private static final int LEXICAL_DEPTH = 100;

    private final ClauseCorpus corpus;
    private final TextEmbedder embedder;
    private final List<float[]> vectors;
    private final List<float[]> passages;
    private final int[][] passagesOfClause;
    private final LexicalIndex lexical;
    private final RetrievalMode mode;
    private final Fusion fusion;

    public HybridRetriever(ClauseCorpus corpus, TextEmbedder embedder, ClauseVectors vectors, LexicalIndex lexical,
                           RetrievalMode mode) {
        this(corpus, embedder, vectors, lexical, mode, Fusion.DEFAULT);
    }

    public HybridRetriever(ClauseCorpus corpus, TextEmbedder embedder, ClauseVectors vectors, LexicalIndex lexical,
                           RetrievalMode mode, Fusion fusion) {
        if (vectors.vectors().size() != corpus.size()) {
            throw new IllegalArgumentException("one vector per clause expected");
        }
        this.corpus = corpus;
        this.embedder = embedder;
        this.vectors = vectors.vectors();
        this.passages = vectors.passages();
        this.passagesOfClause = groupByOwner(vectors.passageOwner(), corpus.size());
        this.lexical = lexical;
        this.mode = mode;
        this.fusion = fusion;
    }

    public RetrievalMode mode() {
        return mode;
    }

    /**
     * Keyword search ({@code /protocol search need to know}): people type the words they expect to see, so BM25 with
     * phrase matching ranks; meaning-based ranking is the fallback when no clause contains any of the words.
     */
    @Override
    public List<Clause> search(String query, Optional<String> council, int limit) {
        List<LexicalIndex.Hit> hits = lexical.search(query, RetrievalScope.of(council), limit);
        if (!hits.isEmpty()) {
            return hits.stream().map(h -> corpus.allClauses().get(h.ordinal())).toList();
        }
        return retrieve(query, RetrievalScope.of(council), limit).stream().map(ScoredClause::clause).toList();
    }

    /** The best {@code limit} clauses in scope, best first, with their evidence. */
    public List<ScoredClause> retrieve(String query, RetrievalScope scope, int limit) {
        List<Clause> clauses = corpus.allClauses();
        int n = clauses.size();
        // Even lexical-only ranking embeds the question: the relevance gate judges every mode by cosine similarity.
        float[] question = embedder.embed(query);
        double[] cosine = new double[n];
        double[] lexicalShare = new double[n];
        double[] bm25 = new double[n];
        List<Integer> inScope = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (scope.includes(clauses.get(i))) {
                cosine[i] = dot(question, vectors.get(i));
                inScope.add(i);
            }
        }
        List<LexicalIndex.Hit> hits = lexical.search(query, scope, LEXICAL_DEPTH);
        double best = hits.isEmpty() ? 1 : hits.get(0).score();
        for (LexicalIndex.Hit hit : hits) {
            bm25[hit.ordinal()] = hit.score();
            lexicalShare[hit.ordinal()] = hit.score() / best;
        }
        double[] first = new double[n];
        for (int i : inScope) {
            first[i] = switch (mode) {
                case EMBEDDING -> cosine[i];
                case LEXICAL -> bm25[i];
                case HYBRID -> cosine[i] + fusion.lexicalWeight() * lexicalShare[i];
            };
        }
        List<Integer> pool = top(inScope, first, mode == RetrievalMode.LEXICAL ? limit : POOL);
        double[] score = first.clone();
        if (mode != RetrievalMode.LEXICAL) {
            for (int i : pool) {
                double blended = (1 - fusion.passageWeight()) * cosine[i]
                        + fusion.passageWeight() * Math.max(cosine[i], bestPassage(question, i));
                score[i] = mode == RetrievalMode.HYBRID ? blended + fusion.lexicalWeight() * lexicalShare[i] : blended;
            }
        }
        List<ScoredClause> ranked = new ArrayList<>();
        for (int i : top(pool, score, limit)) {
            ranked.add(new ScoredClause(clauses.get(i), score[i], cosine[i], bm25[i]));
        }
        return List.copyOf(ranked);
    }

    private double bestPassage(float[] question, int clause) {
        double best = -1;
        for (int p : passagesOfClause[clause]) {
            best = Math.max(best, dot(question, passages.get(p)));
        }
        return best;
    }

    /** The {@code limit} best positions by score; equal scores keep corpus order. */
    private static List<Integer> top(List<Integer> positions, double[] score, int limit) {
        List<Integer> order = new ArrayList<>(positions);
        order.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed().thenComparingInt(i -> i));
        return List.copyOf(order.subList(0, Math.min(limit, order.size())));
    }

    private static int[][] groupByOwner(int[] owners, int clauses) {
        int[] counts = new int[clauses];
        for (int owner : owners) {
            counts[owner]++;
        }
        int[][] grouped = new int[clauses][];
        for (int i = 0; i < clauses; i++) {
            grouped[i] = new int[counts[i]];
        }
        int[] filled = new int[clauses];
        for (int p = 0; p < owners.length; p++) {
            grouped[owners[p]][filled[owners[p]]++] = p;
        }
        return grouped;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
