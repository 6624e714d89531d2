package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A question's search terms: Lucene's English chain (the one clauses are indexed with) with the thesaurus applied
 * before stop words and stemming. Words the user typed weigh 1; words the thesaurus adds weigh
 * {@code synonymWeight}, because a synonym is evidence of the subject, not the user's own word for it.
 * Synonyms apply to questions only (Lucene's advice for {@link SynonymGraphFilter}), so the index stays verbatim.
 */
public final class QueryTerms {

    /** A stemmed term and how much it counts. */
    public record Term(String text, double weight) {
    }

    private final Analyzer analyzer;
    private final double synonymWeight;

    public QueryTerms(Thesaurus thesaurus, double synonymWeight) {
        this.analyzer = thesaurus.isEmpty() ? EnglishTerms.analyzer() : withSynonyms(thesaurus.map());
        this.synonymWeight = synonymWeight;
    }

    /** Terms in order of first appearance; a term the user typed keeps its full weight even when a rule adds it too. */
    public List<Term> of(String text) {
        java.util.Set<String> typed = java.util.Set.copyOf(EnglishTerms.of(text));
        Map<String, Double> terms = new LinkedHashMap<>();
        try (TokenStream stream = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                boolean added = SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && !typed.contains(term.toString());
                double weight = added ? synonymWeight : 1.0;
                terms.merge(term.toString(), weight, Math::max);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return terms.entrySet().stream().map(e -> new Term(e.getKey(), e.getValue())).toList();
    }

    private static Analyzer withSynonyms(SynonymMap map) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                result = new LowerCaseFilter(result);
                result = new SynonymGraphFilter(result, map, true);
                result = new StopFilter(result, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(source, new PorterStemFilter(result));
            }
        };
    }
}
