package org.protocolbot.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One line of an evaluation file: a question, its optional council, and what a good answer does. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EvalQuestion(String id, String council, String question, String expect, List<String> clauses) {
    public EvalQuestion {
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }
}
