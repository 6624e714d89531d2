package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;

/**
 * Ranks clauses by meaning (MiniLM cosine) and by words (BM25), fused by reciprocal rank. Reciprocal-rank fusion
 * needs no calibration between the two score scales, which differ per question. Ties break on corpus order, so
 * the ranking is the same in every run.
 *
 * <p>Cost grows with the corpus, so the per-question work is kept to one pass over the vectors of the council in
 * scope: the vectors sit in one contiguous array, each council's clauses are one precomputed range of it, and
 * instead of sorting every clause twice only the few clauses that can reach the top are ranked (see
 * {@link #retrieve}). The result is exactly what fully sorting every clause would give.
 */
public final class HybridRetriever implements ClauseSearch {

    /**
     * Reciprocal-rank fusion settings: {@code k} flattens the head of each ranking (the usual 60 flattens too much for
     * a corpus of hundreds of clauses); {@code lexicalWeight} scales the BM25 ranking's vote against MiniLM's.
     */
    public record Fusion(int k, double lexicalWeight) {
        public static final Fusion DEFAULT = new Fusion(3, 1.0);

        public Fusion {
            // 1/(k + rank) must fall as the rank grows, or fusion would favour worse ranks.
            if (k < 0) {
                throw new IllegalArgumentException("fusion k must not be negative");
            }
        }
    }

    /** The clauses of one council: {@code [start, end)} in corpus order. */
    private record Range(int start, int end) {
        static final Range EMPTY = new Range(0, 0);
    }

    private static final int LEXICAL_DEPTH = 100;

    private final ClauseCorpus corpus;
    private final TextEmbedder embedder;
    /** Every clause's unit vector, one after another in corpus order: clause i starts at {@code i * dimension}. */
    private final float[] matrix;
    private final int dimension;
    private final Range all;
    private final Map<String, Range> councilRanges;
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
        this.lexical = lexical;
        this.mode = mode;
        this.fusion = fusion;
    }

    public RetrievalMode mode() {
        return mode;
    }

    @Override
    public List<Clause> search(String query, Optional<String> council, int limit) {
        return retrieve(query, RetrievalScope.of(council), limit).stream().map(ScoredClause::clause).toList();
    }

    /**
     * The best {@code limit} clauses in scope, best first, with their evidence.
     *
     * <p>Only a few clauses can reach the top: every lexical hit, and among the clauses without one, only the
     * {@code limit} best by the ranking that alone decides their fused score (by cosine for the embedding and hybrid
     * modes, since 1/(k + rank) falls with the rank; by corpus order for the lexical mode, where they all score 0).
     * Any other clause has {@code limit} clauses strictly ahead of it. Those candidates are ranked by the same scores
     * and tie-breaks as sorting every clause, so the result is identical, at the cost of one pass over the scope.
     */
    public List<ScoredClause> retrieve(String query, RetrievalScope scope, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        float[] question = embedder.embed(query);
        Range range = scope.council().map(c -> councilRanges.getOrDefault(c, Range.EMPTY)).orElse(all);
        // cosine[j] belongs to clause range.start + j.
        double[] cosine = cosines(question, range);
        List<LexicalIndex.Hit> hits = lexical.search(query, scope, LEXICAL_DEPTH);
        Map<Integer, Integer> lexicalRank = new HashMap<>();
        Map<Integer, Double> bm25 = new HashMap<>();
        BitSet isHit = new BitSet();
        for (int r = 0; r < hits.size(); r++) {
            lexicalRank.put(hits.get(r).ordinal(), r + 1);
            bm25.put(hits.get(r).ordinal(), hits.get(r).score());
            isHit.set(hits.get(r).ordinal());
        }
        EmbeddingOrder byCosine = new EmbeddingOrder(cosine, range.start);

        List<Integer> candidates = new ArrayList<>(lexicalRank.keySet());
        candidates.addAll(bestWithoutHit(range, isHit, limit, byCosine));
        int[] embeddingRank = byCosine.ranks(candidates, range);

        // Ties and equal scores fall back to corpus order: the same question ranks the same way in every JVM.
        Map<Integer, Double> fused = new HashMap<>();
        for (int c = 0; c < candidates.size(); c++) {
            int i = candidates.get(c);
            fused.put(i, switch (mode) {
                case EMBEDDING -> byCosine.cosine(i);
                case LEXICAL -> bm25.getOrDefault(i, 0.0);
                case HYBRID -> reciprocal(embeddingRank[c]) + fusion.lexicalWeight() * reciprocal(lexicalRank.getOrDefault(i, 0));
            });
        }
        candidates.sort((a, b) -> {
            int byScore = Double.compare(fused.get(b), fused.get(a));
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        List<ScoredClause> top = new ArrayList<>();
        for (int i : candidates.subList(0, Math.min(limit, candidates.size()))) {
            top.add(new ScoredClause(corpus.allClauses().get(i), fused.get(i), byCosine.cosine(i), bm25.getOrDefault(i, 0.0)));
        }
        return List.copyOf(top);
    }

    /**
     * The {@code limit} best clauses in range that no lexical hit covers: by cosine (ties to corpus order), or for
     * the lexical mode, where they all score 0, simply the first ones in corpus order.
     */
    private List<Integer> bestWithoutHit(Range range, BitSet isHit, int limit, EmbeddingOrder byCosine) {
        int[] best = new int[limit];
        int size = 0;
        for (int i = range.start; i < range.end; i++) {
            if (isHit.get(i)) {
                continue;
            }
            if (mode == RetrievalMode.LEXICAL) {
                if (size == limit) {
                    break;
                }
                best[size++] = i;
                continue;
            }
            // Insertion into a short sorted array: after the first few clauses almost every one fails the first test.
            if (size == limit && (limit == 0 || !byCosine.ahead(i, best[size - 1]))) {
                continue;
            }
            int at = size == limit ? size - 1 : size++;
            while (at > 0 && byCosine.ahead(i, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = i;
        }
        List<Integer> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(best[i]);
        }
        return out;
    }

    /**
     * The embedding ranking of the clauses in range: higher cosine first, equal cosines in corpus order.
     * {@code Double.compare} semantics throughout, as sorting with {@code Comparator.comparingDouble} would use.
     */
    private record EmbeddingOrder(double[] cosines, int offset) {

        double cosine(int clause) {
            return cosines[clause - offset];
        }

        /** Whether clause {@code a} ranks ahead of clause {@code b}. */
        boolean ahead(int a, int b) {
            int byCosine = Double.compare(cosine(b), cosine(a));
            return byCosine != 0 ? byCosine < 0 : a < b;
        }

        /**
         * The 1-based rank among every clause in range of each candidate, in the candidates' order, in one pass:
         * sort the candidates, find for each clause how many candidates it does not rank ahead of, and count.
         */
        int[] ranks(List<Integer> candidates, Range range) {
            Integer[] sorted = candidates.toArray(new Integer[0]);
            Arrays.sort(sorted, (a, b) -> a.equals(b) ? 0 : ahead(a, b) ? -1 : 1);
            // behind[p]: clauses with exactly p candidates at or ahead of them in the ranking.
            int[] behind = new int[sorted.length + 1];
            for (int i = range.start; i < range.end; i++) {
                behind[candidatesAtOrAhead(sorted, i)]++;
            }
            Map<Integer, Integer> rankOf = new HashMap<>();
            int ahead = 0;
            for (int t = 0; t < sorted.length; t++) {
                ahead += behind[t]; // every clause with at most t candidates at or ahead of it is ahead of candidate t
                rankOf.put(sorted[t], ahead + 1);
            }
            int[] ranks = new int[candidates.size()];
            for (int c = 0; c < ranks.length; c++) {
                ranks[c] = rankOf.get(candidates.get(c));
            }
            return ranks;
        }

        /** How many of the sorted candidates rank ahead of clause {@code i} or are {@code i}: a binary search. */
        private int candidatesAtOrAhead(Integer[] sorted, int i) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid] == i || ahead(sorted[mid], i)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }

    private double reciprocal(int rank) {
        return rank == 0 ? 0 : 1.0 / (fusion.k() + rank);
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

    /**
     * The question's cosine with every clause in range. Each cosine is exactly {@link #dot(float[], float[])}: float
     * products summed in a double, in dimension order. Four clauses are summed side by side because each sum is a
     * chain of dependent additions; four independent chains keep the processor busy without reordering any sum.
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

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
