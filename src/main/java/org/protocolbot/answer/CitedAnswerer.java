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
import org.protocolbot.guard.SentenceReader;
import org.protocolbot.retrieval.ClauseRetriever;
import org.protocolbot.retrieval.RetrievalScope;
import org.protocolbot.retrieval.ScoredClause;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.retrieval.WordMatches;
import org.protocolbot.topics.TopicKind;
import org.protocolbot.topics.TopicMatch;
import org.protocolbot.topics.TopicSignal;

/**
 * The default {@link QuestionAnswerer}: unwrap the question, embed it once, guard, match topics, retrieve within the
 * council in scope, gate, then fill the templates. Every step is deterministic, so the same question always gets the
 * same bytes.
 */
public final class CitedAnswerer implements QuestionAnswerer {

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
    private final ClauseRetriever retriever;
    private final QuestionGuard guard;
    private final RelevanceGate gate;
    private final TopicSignal topics;
    private final Tuning tuning;
    private final QuestionWrapping wrapping;
    private final Map<Optional<String>, List<QuotedClause>> principleClauses = new ConcurrentHashMap<>();

    public CitedAnswerer(ClauseCorpus corpus, ClauseRetriever retriever, QuestionGuard guard, TopicSignal topics, Tuning tuning) {
        this.corpus = corpus;
        this.retriever = retriever;
        this.guard = guard;
        this.topics = topics;
        this.tuning = tuning;
        this.gate = new RelevanceGate(tuning);
        this.wrapping = new QuestionWrapping(new CouncilNames(corpus.councils()));
    }

    @Override
    public Answer answer(Question question) {
        QuestionWrapping.Unwrapped unwrapped = wrapping.unwrap(question.text());
        Optional<String> scope = unwrapped.council().isPresent()
                ? unwrapped.council()
                : question.council().flatMap(corpus::council).map(c -> c.id());
        // The words are looked up beside the embedding, which needs only this thread (SideTask says why).
        SideTask<WordMatches> words = SideTask.start(() -> retriever.words(unwrapped.subject(), RetrievalScope.of(scope)));
        Reading q = read(question.text(), unwrapped);
        if (q.verdict().refused()) {
            words.abandon();
            return AnswerTemplates.refuse(q.verdict().rule().orElseThrow(), principleClauses(scope));
        }
        List<ScoredClause> candidates = retriever.retrieve(words.join(), q.vector(), CANDIDATES, q.prior());
        String scopeName = scope.map(corpus::councilName).orElse("");
        if (!gate.answers(q.subject(), candidates, q.match())) {
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
        Reading q = read(question, wrapping.unwrap(question)); // one embedding serves every council
        if (q.verdict().refused()) {
            return AnswerTemplates.refuse(q.verdict().rule().orElseThrow(), principleClauses(Optional.empty()));
        }
        List<QuotedClause> provisions = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (String councilId : corpus.councilIds().stream().sorted().toList()) {
            List<ScoredClause> best = retriever.retrieve(q.subject(), q.vector(),
                    RetrievalScope.of(Optional.of(councilId)), CANDIDATES, q.prior());
            if (gate.answers(q.subject(), best, q.match())) {
                provisions.add(quote(best.get(0)));
            } else {
                without.add(corpus.councilName(councilId));
            }
        }
        return provisions.isEmpty() ? AnswerTemplates.noMatch("") : AnswerTemplates.comparison(provisions, without);
    }

    /**
     * A question read once for answering or comparing: unwrapped, embedded, matched to topics and guarded.
     *
     * @param prior the topic prior over clauses; null when refused (it is not needed) or without topics
     */
    private record Reading(QuestionWrapping.Unwrapped unwrapped, float[] vector, Optional<TopicMatch> match,
                           GuardVerdict verdict, double[] prior) {
        String subject() {
            return unwrapped.subject();
        }
    }

    private Reading read(String text, QuestionWrapping.Unwrapped unwrapped) {
        float[] vector = retriever.embed(unwrapped.subject());
        Optional<TopicMatch> match = topics.match(vector);
        GuardVerdict verdict = guard.check(text, vector, nearestTopic(match), sentence -> {
            float[] sentenceVector = retriever.embed(sentence);
            return new SentenceReader.Reading(sentenceVector, nearestTopic(topics.match(sentenceVector)));
        });
        double[] prior = verdict.refused() ? null : topics.prior(match, tuning.topicTemperature());
        return new Reading(unwrapped, vector, match, verdict, prior);
    }

    private static double nearestTopic(Optional<TopicMatch> match) {
        return match.map(m -> Math.max(m.best(TopicKind.PROTOCOL), m.best(TopicKind.OUT_OF_SCOPE))).orElse(Double.NEGATIVE_INFINITY);
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
