package org.protocolbot.retrieval;

import java.util.Optional;

/** Which councils a search may return: one, or all. */
public record RetrievalScope(Optional<String> council) {

    public static RetrievalScope of(Optional<String> council) {
        return new RetrievalScope(council);
    }
}
