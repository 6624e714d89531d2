package org.protocolbot.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Lucene's English analysis (lower case, stop words, possessives, Porter stems), shared by every lexical step. */
public final class EnglishTerms {

    private static final Analyzer ANALYZER = new EnglishAnalyzer();

    private EnglishTerms() {
    }

    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The analysed terms of a text, de-duplicated, in order of first appearance. */
    public static List<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory failed", e);
        }
        return List.copyOf(terms);
    }
}
