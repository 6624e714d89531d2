package org.protocolbot.retrieval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.ClauseCorpus;

/**
 * Ranks clauses by meaning (MiniLM cosine) and by words (BM25), fused by reciprocal rank. Reciprocal-rank fusion
 * needs no calibration between the two score scales, which differ per question. Ties break on corpus order, so
 * the ranking is the same in every run.
 */
public final class HybridRetriever implements ClauseSearch {

    /**
     * Reciprocal-rank fusion settings: {@code k} flattens the head of each ranking (the usual 60 flattens too much for
     * a corpus of hundreds of clauses); {@code lexicalWeight} scales the BM25 ranking's vote against MiniLM's.
     */
    public record Fusion(int k, double lexicalWeight) {
        public static final Fusion DEFAULT = new Fusion(3, 1.0);
    }

    private static final int LEXICAL_DEPTH = 100;

    private final ClauseCorpus corpus;
    private final TextEmbedder embedder;
    private final List<float[]> vectors;
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
        float[] question = embedder.embed(query);
        List<Clause> clauses = corpus.allClauses();
        int n = clauses.size();
        double[] cosine = new double[n];
        double[] bm25 = new double[n];
        int[] lexicalRank = new int[n];
        List<Integer> inScope = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (scope.includes(clauses.get(i))) {
                cosine[i] = dot(question, vectors.get(i));
                inScope.add(i);
            }
        }
        List<LexicalIndex.Hit> hits = lexical.search(query, scope, LEXICAL_DEPTH);
        for (int r = 0; r < hits.size(); r++) {
            bm25[hits.get(r).ordinal()] = hits.get(r).score();
            lexicalRank[hits.get(r).ordinal()] = r + 1;
        }
        int[] embeddingRank = ranks(inScope, cosine, n);
        // Ties and equal scores fall back to corpus order: the same question ranks the same way in every JVM.
        double[] fused = new double[n];
        for (int i : inScope) {
            fused[i] = switch (mode) {
                case EMBEDDING -> cosine[i];
                case LEXICAL -> bm25[i];
                case HYBRID -> reciprocal(embeddingRank[i]) + fusion.lexicalWeight() * reciprocal(lexicalRank[i]);
            };
        }
        List<Integer> order = new ArrayList<>(inScope);
        order.sort(Comparator.comparingDouble((Integer i) -> fused[i]).reversed().thenComparingInt(i -> i));
        List<ScoredClause> top = new ArrayList<>();
        for (int i : order.subList(0, Math.min(limit, order.size()))) {
            top.add(new ScoredClause(clauses.get(i), fused[i], cosine[i], bm25[i]));
        }
        return List.copyOf(top);
    }

    private double reciprocal(int rank) {
        return rank == 0 ? 0 : 1.0 / (fusion.k() + rank);
    }

    private static int[] ranks(List<Integer> inScope, double[] score, int n) {
        List<Integer> order = new ArrayList<>(inScope);
        order.sort(Comparator.comparingDouble((Integer i) -> score[i]).reversed().thenComparingInt(i -> i));
        int[] rank = new int[n];
        for (int r = 0; r < order.size(); r++) {
            rank[order.get(r)] = r + 1;
        }
        return rank;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
