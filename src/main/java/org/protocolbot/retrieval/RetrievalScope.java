package org.protocolbot.retrieval;

import java.util.Optional;
import org.protocolbot.corpus.Clause;

/** Which councils a search may return: one, or all. */
public record RetrievalScope(Optional<String> council) {

    public static RetrievalScope all() {
        return new RetrievalScope(Optional.empty());
    }

    public static RetrievalScope of(Optional<String> council) {
        return new RetrievalScope(council);
    }

    public boolean includes(Clause clause) {
        return council.map(c -> c.equals(clause.council())).orElse(true);
    }
}
