package org.protocolbot.server;

import java.util.Optional;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.CouncilNames;

/** Resolves the council a request names (id or alias, any case), or answers 404 naming the councils there are. */
final class CouncilLookup {

    private final ClauseCorpus corpus;
    private final CouncilNames names;

    CouncilLookup(ClauseCorpus corpus) {
        this.corpus = corpus;
        this.names = new CouncilNames(corpus.councils());
    }

    /** The council named, or empty when none is named (blank or absent means every council). */
    Optional<Council> optional(String requested) {
        if (requested == null || requested.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(require(requested));
    }

    Council require(String requested) {
        return names.resolveWord(requested)
                .flatMap(corpus::council)
                .orElseThrow(() -> ApiError.notFound("Unknown council" + echo(requested) + ". Known councils: "
                        + String.join(", ", corpus.councilIds()) + "."));
    }

    /** Echoes the requested name only when it is plainly a word, so an error can never carry markup or a payload. */
    private static String echo(String requested) {
        String trimmed = requested.strip();
        return trimmed.matches("[\\p{L}\\p{N}\\- ]{1,40}") ? " \"" + trimmed + "\"" : "";
    }
}
