/**
 * Finding clauses: MiniLM embeddings (in-process), Lucene BM25 with the thesaurus, the two-stage ranking, the vector caches and {@link org.protocolbot.retrieval.Tuning}, every weight and threshold in one record.
 *
 * <p>Core. May import {@code corpus}; never {@code answer}, {@code topics}, {@code app} or an adapter.
 */
package org.protocolbot.retrieval;
