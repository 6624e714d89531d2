/**
 * Protocol topics: the council-independent catalogue of matters the protocols regulate (and of out-of-scope matters
 * people ask about anyway), read from {@code knowledge/topics.json}; the matching of a question to topics by its
 * nearest phrasings; the links from clauses to topics that ingest computes; and the clause prior retrieval adds.
 *
 * <p>Part of the core. May import {@code corpus} and {@code retrieval}; never an adapter, {@code answer} or
 * {@code app}.
 */
package org.protocolbot.topics;
