package org.protocolbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.CouncilNames;
import org.protocolbot.guard.GuardVerdict;
import org.protocolbot.guard.QuestionGuard;
import org.protocolbot.retrieval.HybridRetriever;
import org.protocolbot.retrieval.RetrievalScope;
import org.protocolbot.retrieval.ScoredClause;

/**
 * The default {@link QuestionAnswerer}: guard first, then retrieval within the council in scope, then the relevance
 * gate, then the templates. Every step is deterministic, so the same question always gets the same bytes.
 */
public final class CitedAnswerer implements QuestionAnswerer, CouncilComparer {

    public static final int MAX_QUOTES = 3;
    private static final int CANDIDATES = 10;

    /**
     * What the guard's refusals cite: the clauses of the council in scope that bar officers from party business,
     * found by searching the corpus for the principle rather than by listing clause numbers.
     */
    static final String PARTY_BUSINESS_PRINCIPLE =
            "Officers must not advise on matters of party business and must remain politically impartial and neutral.";
    private static final int REFUSAL_QUOTES = 2;

    private final ClauseCorpus corpus;
    private final HybridRetriever retriever;
    private final QuestionGuard guard;
    private final RelevanceGate gate;
    private final CouncilNames councilNames;
    private final Map<Optional<String>, List<QuotedClause>> principleClauses = new ConcurrentHashMap<>();

    public CitedAnswerer(ClauseCorpus corpus, HybridRetriever retriever, QuestionGuard guard, RelevanceGate gate) {
        this.corpus = corpus;
        this.retriever = retriever;
        this.guard = guard;
        this.gate = gate;
        this.councilNames = new CouncilNames(corpus.councils());
    }

    @Override
    public Answer answer(Question question) {
        Optional<String> scope = scopeOf(question);
        GuardVerdict verdict = guard.check(question.text());
        if (verdict.refused()) {
            return AnswerTemplates.refuse(verdict.rule().orElseThrow(), principleClauses(scope));
        }
        List<ScoredClause> candidates = retriever.retrieve(question.text(), RetrievalScope.of(scope), CANDIDATES);
        String scopeName = scope.map(corpus::councilName).orElse("");
        if (!gate.answers(question.text(), candidates)) {
            return AnswerTemplates.noMatch(scopeName);
        }
        ScoredClause best = candidates.get(0);
        List<QuotedClause> quotes = new ArrayList<>();
        for (ScoredClause candidate : candidates) {
            if (quotes.size() < MAX_QUOTES && (candidate == best || gate.worthQuoting(best, candidate))) {
                quotes.add(quote(candidate));
            }
        }
        return AnswerTemplates.answer(scopeName, quotes);
    }

    /**
     * One clause per council, in council-id order, each passed through the same relevance gate as an ordinary
     * answer, so a council without a relevant clause is reported as having no provision rather than padded.
     */
    @Override
    public Answer compare(String question) {
        GuardVerdict verdict = guard.check(question);
        if (verdict.refused()) {
            return AnswerTemplates.refuse(verdict.rule().orElseThrow(), principleClauses(Optional.empty()));
        }
        List<QuotedClause> provisions = new ArrayList<>();
        List<String> without = new ArrayList<>();
        float[] vector = retriever.embed(question); // one embedding serves every council
        for (String councilId : corpus.councilIds().stream().sorted().toList()) {
            List<ScoredClause> best = retriever.retrieve(question, vector, RetrievalScope.of(Optional.of(councilId)), CANDIDATES);
            if (gate.answers(question, best)) {
                provisions.add(quote(best.get(0)));
            } else {
                without.add(corpus.councilName(councilId));
            }
        }
        return provisions.isEmpty() ? AnswerTemplates.noMatch("") : AnswerTemplates.comparison(provisions, without);
    }

    /** A council named in the question narrows the scope; otherwise the configured or requested council, if any. */
    private Optional<String> scopeOf(Question question) {
        Optional<String> named = councilNames.namedIn(question.text());
        return named.isPresent() ? named : question.council().flatMap(c -> corpus.council(c)).map(c -> c.id());
    }

    /** The same for every refusal in a scope, so it is searched once per scope rather than once per refusal. */
    private List<QuotedClause> principleClauses(Optional<String> scope) {
        return principleClauses.computeIfAbsent(scope, s -> retriever
                .retrieve(PARTY_BUSINESS_PRINCIPLE, RetrievalScope.of(s), REFUSAL_QUOTES).stream()
                .map(this::quote).toList());
    }

    /** The clause verbatim, with its best-matching sentence marked for the surfaces to highlight. */
    private QuotedClause quote(ScoredClause scored) {
        return new QuotedClause(ClauseCitation.of(scored.clause(), corpus.councilName(scored.clause().council())),
                scored.clause().text(), scored.bestPassage().map(p -> new TextSpan(p.start(), p.end())));
    }
}
