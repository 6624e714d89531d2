/**
 * The runtime corpus: the councils ({@link org.protocolbot.corpus.Council}, {@link org.protocolbot.corpus.Manifest}),
 * their clauses ({@link org.protocolbot.corpus.Clause}, {@link org.protocolbot.corpus.ClauseCorpus}) and how they are
 * loaded from {@code knowledge/} or the jar ({@link org.protocolbot.corpus.KnowledgeBase}, {@link org.protocolbot.corpus.ClauseFiles}),
 * plus reading clause numbers and council names as users type them.
 *
 * <p>May import the JDK and Jackson only. It never imports {@code corpus.ingest}: a running bot reads clause
 * files and does not parse protocols.
 */
package org.protocolbot.corpus;
