/**
 * Ingest time: turns a council's published protocol (plain text under {@code knowledge/sources/}) into the clause
 * files the runtime corpus loads. {@link org.protocolbot.corpus.ingest.SourceCleaner} removes debris,
 * {@link org.protocolbot.corpus.ingest.ClauseParser} reads numbered layouts and
 * {@link org.protocolbot.corpus.ingest.HeadingLayoutParser} unnumbered-heading layouts,
 * {@link org.protocolbot.corpus.ingest.Ingester} runs them and {@link org.protocolbot.corpus.ingest.IngestReport} says
 * what was removed, repaired and warned about. Extra steps plug in as {@link org.protocolbot.corpus.ingest.IngestStep}.
 *
 * <p>May import {@code org.protocolbot.corpus} and the JDK. Only the {@code ingest} command uses it.
 */
package org.protocolbot.corpus.ingest;
