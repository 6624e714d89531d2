package org.protocolbot.retrieval;

import java.util.List;

/**
 * The BM25 hits for a question's words within one scope. They need no vector, so the answerer can look them up on
 * another processor while the model embeds the question, which is most of an answer's time.
 *
 * @param scope where the hits were looked for
 * @param hits  best first, at most the retriever's lexical depth
 */
public record WordMatches(RetrievalScope scope, List<LexicalIndex.Hit> hits) {

    public WordMatches {
        hits = List.copyOf(hits);
    }
}
