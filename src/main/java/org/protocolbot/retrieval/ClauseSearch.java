package org.protocolbot.retrieval;

import java.util.List;
import java.util.Optional;
import org.protocolbot.corpus.Clause;

/** Ranked clause search, for {@code /protocol search ...}: the best clauses for a query, best first. */
public interface ClauseSearch {
    List<Clause> search(String query, Optional<String> council, int limit);
}
