package org.protocolbot.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The loaded, immutable clause corpus: every council's clauses in protocol order.
 * Iteration order is always manifest order then clause order, so everything built on it is deterministic.
 */
public final class ClauseCorpus {

    private final List<Council> councils;
    private final Map<String, Council> councilsById;
    private final Map<String, List<Clause>> clausesByCouncil;
    private final Map<String, Clause> clausesById;
    private final List<Clause> allClauses;

    public ClauseCorpus(List<Council> councils, Map<String, List<Clause>> clausesByCouncil) {
        this.councils = List.copyOf(councils);
        Map<String, Council> byId = new LinkedHashMap<>();
        Map<String, List<Clause>> byCouncil = new LinkedHashMap<>();
        Map<String, Clause> byClauseId = new LinkedHashMap<>();
        List<Clause> all = new ArrayList<>();
        for (Council council : councils) {
            byId.put(council.id(), council);
            List<Clause> clauses = List.copyOf(clausesByCouncil.getOrDefault(council.id(), List.of()));
            byCouncil.put(council.id(), clauses);
            for (Clause clause : clauses) {
                byClauseId.put(clause.id(), clause);
                all.add(clause);
            }
        }
        this.councilsById = Collections.unmodifiableMap(byId);
        this.clausesByCouncil = Collections.unmodifiableMap(byCouncil);
        this.clausesById = Collections.unmodifiableMap(byClauseId);
        this.allClauses = List.copyOf(all);
    }

    public List<Council> councils() {
        return councils;
    }

    public List<String> councilIds() {
        return councils.stream().map(Council::id).toList();
    }

    public Optional<Council> council(String id) {
        return Optional.ofNullable(councilsById.get(id == null ? null : id.toLowerCase(Locale.ROOT)));
    }

    public List<Clause> clauses(String councilId) {
        return clausesByCouncil.getOrDefault(councilId, List.of());
    }

    public List<Clause> allClauses() {
        return allClauses;
    }

    /** Looks a clause up by its exact, normalised number (see {@link ClauseNumbers#normalise}). */
    public Optional<Clause> clause(String councilId, String number) {
        return Optional.ofNullable(clausesById.get(councilId + ":" + number));
    }

    public Optional<Clause> clause(String citationId) {
        return Optional.ofNullable(clausesById.get(citationId));
    }

    public String councilName(String councilId) {
        Council council = councilsById.get(councilId);
        return council == null ? councilId : council.name();
    }

    public int size() {
        return allClauses.size();
    }
}
