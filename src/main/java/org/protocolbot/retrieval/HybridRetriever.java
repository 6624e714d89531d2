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
public final class HybridRetriever implements ClauseRetriever {

    /** The clauses of one council: {@code [start, end)} in corpus order. */
    private record Range(int start, int end) {
        static final Range EMPTY = new Range(0, 0);
    }

    static final int POOL = 30;
    private static final int LEXICAL_DEPTH = 100;

    private final ClauseCorpus corpus;
    private final TextEmbedder embedder;
    /** Every clause's unit vector, in corpus order. */
    private final VectorRows matrix;
    private final Range all;
    private final Map<String, Range> councilRanges;
    private final VectorRows passages;
    private final int[][] passagesOfClause;
    /** The clause questions' vectors as bytes: they outnumber the clauses ten to one (QuantizedVectors says why). */
    private final QuantizedVectors asked;
    private final int[][] askedOfClause;
    private final LexicalIndex lexical;
    private final RetrievalMode mode;
    private final Tuning tuning;

    public HybridRetriever(ClauseCorpus corpus, TextEmbedder embedder, ClauseVectors vectors, LexicalIndex lexical,
                           RetrievalMode mode) {
        this(corpus, embedder, vectors, lexical, mode, Tuning.DEFAULT);
    }

    public HybridRetriever(ClauseCorpus corpus, TextEmbedder embedder, ClauseVectors vectors, LexicalIndex lexical,
                           RetrievalMode mode, Tuning tuning) {
        this(corpus, embedder, vectors, AskedVectors.NONE, lexical, mode, tuning);
    }

    public HybridRetriever(ClauseCorpus corpus, TextEmbedder embedder, ClauseVectors vectors, AskedVectors asked,
                           LexicalIndex lexical, RetrievalMode mode, Tuning tuning) {
        if (vectors.vectors().size() != corpus.size()) {
            throw new IllegalArgumentException("one vector per clause expected");
        }
        this.corpus = corpus;
        this.embedder = embedder;
        this.matrix = VectorRows.of(vectors.vectors());
        this.all = new Range(0, corpus.size());
        this.councilRanges = councilRanges(corpus);
        this.passages = VectorRows.of(vectors.passages());
        this.passagesOfClause = groupByOwner(vectors.passageOwner(), corpus.size());
        for (int owner : asked.owners()) {
            if (owner < 0 || owner >= corpus.size()) {
                throw new IllegalArgumentException("a clause question belongs to no clause");
            }
        }
        this.asked = QuantizedVectors.of(asked.vectors());
        this.askedOfClause = groupByOwner(asked.owners(), corpus.size());
        this.lexical = lexical;
        this.mode = mode;
        this.tuning = tuning;
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

    @Override
    public float[] embed(String query) {
        return embedder.embed(query);
    }

    @Override
    public WordMatches words(String query, RetrievalScope scope) {
        return new WordMatches(scope, lexical.search(query, scope, LEXICAL_DEPTH));
    }

    @Override
    public List<ScoredClause> retrieve(WordMatches words, float[] question, int limit, double[] prior) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        Evidence e = evidence(words, question, prior);
        int[] bestPassage = new int[e.cosine().length];
        java.util.Arrays.fill(bestPassage, -1);
        // Best sentences are looked for only in the pool that reaches stage two: the rest never need them.
        Ranking.PoolCosine passage = j -> {
            int clause = e.start() + j;
            int at = bestPassage(question, clause);
            bestPassage[j] = at;
            return at < 0 ? -1 : passages.dot(question, passagesOfClause[clause][at]);
        };
        List<Ranking.Ranked> ranked = switch (mode) {
            case HYBRID -> Ranking.rank(e.cosine(), e.lexicalShare(), e.prior(), j -> askedCosine(question, e, j), passage,
                    Ranking.Weights.of(tuning), POOL, limit);
            case EMBEDDING -> Ranking.rank(e.cosine(), new double[e.cosine().length], null, null, passage,
                    new Ranking.Weights(0, tuning.passageWeight(), 0, 0), POOL, limit);
            case LEXICAL -> Ranking.rank(e.bm25(), new double[e.cosine().length], null, null, passage,
                    new Ranking.Weights(0, 0, 0, 0), limit, limit);
        };
        List<Clause> clauses = corpus.allClauses();
        List<ScoredClause> out = new ArrayList<>(ranked.size());
        for (Ranking.Ranked r : ranked) {
            int j = r.clause();
            out.add(new ScoredClause(clauses.get(e.start() + j), r.score(), e.cosine()[j], e.bm25()[j], bestPassage[j]));
        }
        return List.copyOf(out);
    }

    /** What ranking is computed from, for the clauses in scope: index {@code j} is clause {@code start + j}. */
    private record Evidence(int start, double[] cosine, double[] bm25, double[] lexicalShare, double[] prior) {
    }

    private Evidence evidence(WordMatches words, float[] question, double[] prior) {
        Range range = words.scope().council().map(c -> councilRanges.getOrDefault(c, Range.EMPTY)).orElse(all);
        int n = range.end - range.start;
        double[] cosine = cosines(question, range);
        double[] bm25 = new double[n];
        double[] share = new double[n];
        List<LexicalIndex.Hit> hits = words.hits();
        double best = hits.isEmpty() ? 1 : hits.get(0).score();
        for (LexicalIndex.Hit hit : hits) {
            bm25[hit.ordinal() - range.start] = hit.score();
            share[hit.ordinal() - range.start] = hit.score() / best;
        }
        double[] inRange = prior == null ? null : java.util.Arrays.copyOfRange(prior, range.start, range.end);
        return new Evidence(range.start, cosine, bm25, share, inRange);
    }

    /**
     * The question's cosine with every clause in range, each exactly {@link Vectors#dot(float[], float[], int)} over
     * its row of {@link VectorRows}, so a clause scores the same whether reached here or through its own vector.
     */
    private double[] cosines(float[] question, Range range) {
        double[] cosine = new double[range.end - range.start];
        for (int i = range.start; i < range.end; i++) {
            cosine[i - range.start] = matrix.dot(question, i);
        }
        return cosine;
    }

    /**
     * A clause's closest own question; a clause with none counts its own cosine, so a council without a question file
     * (or a clause without questions) is neither favoured nor held back by the lack.
     */
    private double askedCosine(float[] question, Evidence e, int j) {
        int[] own = askedOfClause[e.start() + j];
        if (own.length == 0) {
            return e.cosine()[j];
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int q : own) {
            best = Math.max(best, asked.dot(question, q));
        }
        return best;
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
            double similarity = passages.dot(question, own[k]);
            if (similarity > best) {
                best = similarity;
                at = k;
            }
        }
        return at;
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

}
