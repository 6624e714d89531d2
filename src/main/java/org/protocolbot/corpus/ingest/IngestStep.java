package org.protocolbot.corpus.ingest;

import java.util.List;
import java.util.Map;
import org.protocolbot.corpus.Clause;
import org.protocolbot.corpus.Manifest;

/**
 * An extra step run after every council's clauses are parsed, before anything is written: it may return more files
 * for {@code knowledge/} (by relative path) and add a section per council to the report with
 * {@link IngestReport#section}. Clause-to-topic links are meant to plug in here.
 */
@FunctionalInterface
public interface IngestStep {
    Map<String, String> apply(Manifest manifest, Map<String, List<Clause>> clausesByCouncil, IngestReport report);
}
