package org.protocolbot.retrieval;

/** Which evidence ranks clauses. Hybrid is the default; the others exist to measure what each contributes. */
public enum RetrievalMode {
    EMBEDDING,
    LEXICAL,
    HYBRID
}
