package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.text.ParseException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The local-government vocabulary of {@code knowledge/thesaurus.txt} (cllr, member and councillor; MO and monitoring
 * officer; bcc and copy in…), in Solr's synonym format, parsed by Lucene's own {@link SolrSynonymParser} so the file
 * means exactly what Lucene's documentation says it means. Entries are read with the same tokenizer and lower-casing
 * as questions, before stop words and stemming, so "copy in" and "chief exec" match as typed.
 */
public final class Thesaurus {

    public static final String FILE_NAME = "thesaurus.txt";
    private static final Thesaurus NONE = new Thesaurus(null);

    private final SynonymMap map;

    private Thesaurus(SynonymMap map) {
        this.map = map;
    }

    /** No synonyms: questions are analysed exactly as clauses are. */
    public static Thesaurus none() {
        return NONE;
    }

    /** Parses a thesaurus; {@code where} names the file in the message of a malformed rule. */
    public static Thesaurus parse(Reader rules, String where) {
        SolrSynonymParser parser = new SolrSynonymParser(true, true, surfaceAnalyzer());
        try {
            parser.parse(rules);
            SynonymMap built = parser.build();
            return built.fst == null ? NONE : new Thesaurus(built);
        } catch (ParseException e) {
            throw new IllegalArgumentException(where + ":" + e.getErrorOffset() + ": not a thesaurus rule ("
                    + e.getMessage() + ")", e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": not a valid thesaurus (" + e.getMessage() + ")", e);
        }
    }

    public static Thesaurus parse(String rules) {
        return parse(new StringReader(rules), "thesaurus");
    }

    /** The synonym map, or null when there are no rules. */
    SynonymMap map() {
        return map;
    }

    boolean isEmpty() {
        return map == null;
    }

    /** Tokenizes and lower-cases like the question chain up to the synonym step, as the parser requires. */
    static Analyzer surfaceAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new EnglishPossessiveFilter(source);
                return new TokenStreamComponents(source, new LowerCaseFilter(result));
            }
        };
    }
}
