package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.protocolbot.corpus.Clause;

/**
 * BM25 over clause text with Lucene's English analysis (stop words, possessives, Porter stemming), held in memory.
 * Queries are built from analysed terms, never parsed, so user punctuation cannot become query syntax. The question's
 * terms go through the thesaurus ({@link QueryTerms}); the clauses are indexed as written.
 */
public class LexicalIndex {

    /** A lexical hit: the clause's position in the corpus and its BM25 score. */
    public record Hit(int ordinal, double score) {
    }

    private static final String TEXT = "text";
    private static final String COUNCIL = "council";
    private static final String ORDINAL = "ordinal";
    private static final int PHRASE_SLOP = 1;
    private static final float PHRASE_BOOST = 2f;

    private final Analyzer analyzer = EnglishTerms.analyzer();
    private final IndexSearcher searcher;
    /** Each Lucene document's clause position, read once: reading a stored field per hit cost more than the search. */
    private final int[] ordinalOfDoc;
    private final QueryTerms queryTerms;

    public LexicalIndex(List<Clause> clauses) {
        this(clauses, new QueryTerms(Thesaurus.none(), 1.0));
    }

    public LexicalIndex(List<Clause> clauses, QueryTerms queryTerms) {
        this.queryTerms = queryTerms;
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (int i = 0; i < clauses.size(); i++) {
                Document doc = new Document();
                doc.add(new TextField(TEXT, ClauseText.forIndex(clauses.get(i)), Field.Store.NO));
                doc.add(new StringField(COUNCIL, clauses.get(i).council(), Field.Store.NO));
                doc.add(new StoredField(ORDINAL, i));
                writer.addDocument(doc);
            }
            writer.forceMerge(1);
        } catch (IOException e) {
            throw new UncheckedIOException("building an in-memory index failed", e);
        }
        try {
            this.searcher = new IndexSearcher(DirectoryReader.open(directory));
            searcher.setSimilarity(new BM25Similarity());
            this.ordinalOfDoc = ordinals(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the in-memory index failed", e);
        }
    }

    /**
     * As {@link #search}, remembering results: for tuning, which asks the same questions under hundreds of weights
     * while the index stays the same. Unbounded, so not for a server.
     */
    public LexicalIndex remembering() {
        LexicalIndex self = this;
        java.util.Map<String, List<Hit>> seen = new java.util.concurrent.ConcurrentHashMap<>();
        return new LexicalIndex(self) {
            @Override
            public List<Hit> search(String text, RetrievalScope scope, int limit) {
                return seen.computeIfAbsent(text + "\u0000" + scope.council().orElse("") + "\u0000" + limit,
                        k -> self.search(text, scope, limit));
            }
        };
    }

    private LexicalIndex(LexicalIndex shared) {
        this.queryTerms = shared.queryTerms;
        this.searcher = shared.searcher;
        this.ordinalOfDoc = shared.ordinalOfDoc;
    }

    private static int[] ordinals(IndexSearcher searcher) throws IOException {
        org.apache.lucene.index.StoredFields stored = searcher.storedFields();
        int[] ordinals = new int[searcher.getIndexReader().maxDoc()];
        for (int doc = 0; doc < ordinals.length; doc++) {
            ordinals[doc] = stored.document(doc).getField(ORDINAL).numericValue().intValue();
        }
        return ordinals;
    }

    public List<Hit> search(String text, RetrievalScope scope, int limit) {
        List<QueryTerms.Term> terms = queryTerms.of(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (QueryTerms.Term t : terms) {
            Query term = new TermQuery(new Term(TEXT, t.text()));
            any.add(t.weight() == 1.0 ? term : new BoostQuery(term, (float) t.weight()), BooleanClause.Occur.SHOULD);
        }
        query.add(any.build(), BooleanClause.Occur.MUST);
        // Words the user typed together ("need to know") count extra where the clause has them together too.
        Query phrase = new QueryBuilder(analyzer).createPhraseQuery(TEXT, text, PHRASE_SLOP);
        if (phrase != null && terms.size() > 1) {
            query.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
        }
        scope.council().ifPresent(c -> query.add(new TermQuery(new Term(COUNCIL, c)), BooleanClause.Occur.FILTER));
        try {
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc doc : searcher.search(query.build(), limit).scoreDocs) {
                hits.add(new Hit(ordinalOfDoc[doc.doc], doc.score));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the in-memory index failed", e);
        }
    }
}
