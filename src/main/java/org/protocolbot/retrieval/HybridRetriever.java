package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;

/**
 * Ranks clauses by meaning (MiniLM cosine) and by words (BM25) in two stages.
 * <ol>
 *   <li>Every clause in scope: cosine of the question with the whole clause, plus a share of its BM25 score
 *       normalised by the best BM25 score for this question.</li>
 *   <li>The best {@value #POOL} of those are re-ranked with their best-matching sentence: a question usually asks
 *       about one sentence of a long clause, which the whole-clause vector dilutes.</li>
 * </ol>
 * Ties break on corpus order, so the ranking is the same in every run.
 *
 * <p>Stage one is the only work that grows with the corpus, so it is one pass over the clauses in scope: their
 * vectors sit in one contiguous array, each council's clauses are one precomputed range of it (a scoped question
 * reads only its council), and the pool is kept in a small sorted array as the pass goes instead of sorting every
 * clause. The ranking is exactly what sorting every clause gives.
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

    /** The clauses of one council: {@code [start, end)} in corpus order. */
    private record Range(int start, int end) {
        static final Range EMPTY = new Range(0, 0);
    }

    static final int POOL = 30;
    private static final int LEXICAL_DEPTH = 100;

    private final ClauseCorpus corpus;
    private final TextEmbedder embedder;
    /** Every clause's unit vector, one after another in corpus order: clause i starts at {@code i * dimension}. */
    private final float[] matrix;
    private final int dimension;
    private final Range all;
    private final Map<String, Range> councilRanges;
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
        this.dimension = vectors.vectors().isEmpty() ? 0 : vectors.vectors().get(0).length;
        this.matrix = new float[corpus.size() * dimension];
        for (int i = 0; i < corpus.size(); i++) {
            float[] vector = vectors.vectors().get(i);
            if (vector.length != dimension) {
                throw new IllegalArgumentException("every vector must have " + dimension + " dimensions");
            }
            System.arraycopy(vector, 0, matrix, i * dimension, dimension);
        }
        this.all = new Range(0, corpus.size());
        this.councilRanges = councilRanges(corpus);
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
        // Even lexical-only ranking embeds the question: the relevance gate judges every mode by cosine similarity.
        return retrieve(query, embed(query), scope, limit);
    }

    /** The question's vector, for callers that search several scopes with one question (council comparison). */
    public float[] embed(String query) {
        return embedder.embed(query);
    }

    /** As {@link #retrieve(String, RetrievalScope, int)}, with the question already embedded by {@link #embed}. */
    public List<ScoredClause> retrieve(String query, float[] question, RetrievalScope scope, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        List<Clause> clauses = corpus.allClauses();
        Range range = scope.council().map(c -> councilRanges.getOrDefault(c, Range.EMPTY)).orElse(all);
        double[] cosine = cosines(question, range); // cosine[j] belongs to clause range.start + j
        List<LexicalIndex.Hit> hits = lexical.search(query, scope, LEXICAL_DEPTH);
        double best = hits.isEmpty() ? 1 : hits.get(0).score();
        Map<Integer, Double> bm25 = new HashMap<>();
        Map<Integer, Double> lexicalShare = new HashMap<>();
        for (LexicalIndex.Hit hit : hits) {
            bm25.put(hit.ordinal(), hit.score());
            lexicalShare.put(hit.ordinal(), hit.score() / best);
        }
        // Stage one: the pool, chosen in the same pass that scores each clause. The hits, in corpus order, are walked
        // alongside, so a clause without one costs no lookup.
        int[] hitOrdinals = bm25.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        Pool pool = new Pool(mode == RetrievalMode.LEXICAL ? limit : POOL);
        int h = 0;
        for (int i = range.start; i < range.end; i++) {
            boolean hit = h < hitOrdinals.length && hitOrdinals[h] == i;
            double c = cosine[i - range.start];
            pool.offer(i, switch (mode) {
                case EMBEDDING -> c;
                case LEXICAL -> hit ? bm25.get(i) : 0.0;
                case HYBRID -> c + fusion.lexicalWeight() * (hit ? lexicalShare.get(i) : 0.0);
            });
            h += hit ? 1 : 0;
        }
        // Stage two: the pool re-ranked with each clause's best sentence.
        Map<Integer, Double> score = new HashMap<>();
        Map<Integer, Integer> bestPassage = new HashMap<>();
        for (int p = 0; p < pool.size; p++) {
            int i = pool.clauses[p];
            double c = cosine[i - range.start];
            double s = pool.scores[p];
            int passage = bestPassage(question, i);
            bestPassage.put(i, passage);
            if (mode != RetrievalMode.LEXICAL) {
                double passageCosine = passage < 0 ? -1 : dot(question, passages.get(passagesOfClause[i][passage]));
                double blended = (1 - fusion.passageWeight()) * c
                        + fusion.passageWeight() * Math.max(c, passageCosine);
                s = mode == RetrievalMode.HYBRID ? blended + fusion.lexicalWeight() * lexicalShare.getOrDefault(i, 0.0) : blended;
            }
            score.put(i, s);
        }
        List<ScoredClause> ranked = new ArrayList<>();
        for (int i : top(List.copyOf(score.keySet()), score, limit)) {
            ranked.add(new ScoredClause(clauses.get(i), score.get(i), cosine[i - range.start], bm25.getOrDefault(i, 0.0),
                    bestPassage.get(i)));
        }
        return List.copyOf(ranked);
    }

    /**
     * The best {@code capacity} clauses offered so far, best first, by score, equal scores in corpus order
     * ({@code Double.compare} order, as sorting with {@code Comparator.comparingDouble} would give). Clauses are
     * offered in corpus order, so a clause that only ties the worst one kept stays out.
     */
    private static final class Pool {
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

    /**
     * The question's cosine with every clause in range. Each is exactly {@link #dot(float[], float[])}: float products
     * summed in a double, in dimension order. Four clauses are summed side by side because each sum is a chain of
     * dependent additions; four independent chains keep the processor busy without reordering any sum.
     */
    private double[] cosines(float[] question, Range range) {
        double[] cosine = new double[range.end - range.start];
        int dims = question.length;
        int i = range.start;
        for (; i + 3 < range.end; i += 4) {
            int o0 = i * dimension;
            int o1 = o0 + dimension;
            int o2 = o1 + dimension;
            int o3 = o2 + dimension;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int d = 0; d < dims; d++) {
                float q = question[d];
                s0 += q * matrix[o0 + d];
                s1 += q * matrix[o1 + d];
                s2 += q * matrix[o2 + d];
                s3 += q * matrix[o3 + d];
            }
            cosine[i - range.start] = s0;
            cosine[i + 1 - range.start] = s1;
            cosine[i + 2 - range.start] = s2;
            cosine[i + 3 - range.start] = s3;
        }
        for (; i < range.end; i++) {
            double sum = 0;
            int offset = i * dimension;
            for (int d = 0; d < dims; d++) {
                sum += question[d] * matrix[offset + d];
            }
            cosine[i - range.start] = sum;
        }
        return cosine;
    }

    /** Each council's clauses are contiguous in corpus order (see {@link ClauseCorpus}), so each is one range. */
    private static Map<String, Range> councilRanges(ClauseCorpus corpus) {
        Map<String, Range> ranges = new HashMap<>();
        int start = 0;
        for (Council council : corpus.councils()) {
            int end = start + corpus.clauses(council.id()).size();
            ranges.put(council.id(), new Range(start, end));
            start = end;
        }
        return Map.copyOf(ranges);
    }

    /** The position, among the clause's own passages, of the one closest to the question; -1 when it has none. */
    private int bestPassage(float[] question, int clause) {
        double best = Double.NEGATIVE_INFINITY;
        int at = -1;
        int[] own = passagesOfClause[clause];
        for (int k = 0; k < own.length; k++) {
            double similarity = dot(question, passages.get(own[k]));
            if (similarity > best) {
                best = similarity;
                at = k;
            }
        }
        return at;
    }

    /** The {@code limit} best positions by score; equal scores keep corpus order. */
    private static List<Integer> top(List<Integer> positions, Map<Integer, Double> score, int limit) {
        List<Integer> order = new ArrayList<>(positions);
        order.sort(Comparator.comparingDouble((Integer i) -> score.get(i)).reversed().thenComparingInt(i -> i));
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
