package org.protocolbot.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Clause;
import org.protocolbot.retrieval.ScoredClause;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.topics.Topic;
import org.protocolbot.topics.TopicKind;
import org.protocolbot.topics.TopicMatch;

class RelevanceGateTest {

    private static final Tuning TUNING = Tuning.DEFAULT.withGate(0.40, 0.45, 0.05);
    private final RelevanceGate gate = new RelevanceGate(TUNING);

    private static final List<Topic> TOPICS = List.of(
            new Topic("groups", TopicKind.PROTOCOL, "Groups", "", List.of(), List.of("x")),
            new Topic("pay", TopicKind.OUT_OF_SCOPE, "Pay", "", List.of(), List.of("y")));

    private static ScoredClause clause(double score, double cosine) {
        return clause("Party groups", "Officers may attend party group meetings.", score, cosine);
    }

    private static ScoredClause clause(String heading, String text, double score, double cosine) {
        return new ScoredClause(new Clause("leeds", "7.4", "7", heading, "", text, List.of(), 1, 1), score, cosine, 0, -1);
    }

    private static Optional<TopicMatch> topics(double protocol, double outOfScope) {
        return Optional.of(new TopicMatch(TOPICS, new double[] {protocol, outOfScope}));
    }

    @Test
    void aQuestionCloseToAProtocolTopicWithAGoodClauseIsAnswered() {
        assertTrue(gate.answers("q", List.of(clause(0.6, 0.45)), topics(0.6, 0.3)));
    }

    @Test
    void aQuestionNearerAnOutOfScopeTopicIsNotCoveredWhateverWordsItShares() {
        assertFalse(gate.answers("how much are councillors paid", List.of(clause(0.6, 0.45)), topics(0.5, 0.7)));
    }

    @Test
    void aWeakTopicMatchIsNotCovered() {
        assertFalse(gate.answers("q", List.of(clause(0.6, 0.45)), topics(0.40, 0.1)));
    }

    @Test
    void aWeakBestClauseIsNotCovered() {
        assertFalse(gate.answers("q", List.of(clause(0.39, 0.35)), topics(0.7, 0.1)));
    }

    @Test
    void aCloseParaphraseOfAClauseIsAnsweredEvenWithAWeakTopicMatch() {
        assertTrue(gate.answers("q", List.of(clause(0.9, TUNING.closeMatch())), topics(0.2, 0.1)));
    }

    @Test
    void aCloseParaphraseDoesNotOutweighAClearlyOutOfScopeQuestion() {
        // "How do I pay my council tax?" reads much like the clause on council resources, and is not a protocol question.
        assertFalse(gate.answers("q", List.of(clause(0.9, TUNING.closeMatch() + 0.05)), topics(0.5, 0.8)));
    }

    @Test
    void aClauseThatAllButRestatesTheQuestionAnswersWhatTheCatalogueCallsOutOfScope() {
        // An added council's protocol may cover gifts, which none of the shipped ones does.
        assertTrue(gate.answers("q", List.of(clause(0.9, TUNING.restatement())), topics(0.5, 0.8)));
    }

    @Test
    void nothingFoundIsNeverAnAnswer() {
        assertFalse(gate.answers("q", List.of(), topics(0.9, 0.1)));
    }

    @Test
    void withoutTopicsAQuestionMustNameTheProtocolsPeopleAndShareASubject() {
        assertTrue(gate.answers("may officers attend party group meetings", List.of(clause(0.5, 0.3)), Optional.empty()));
        assertFalse(gate.answers("what is the weather like", List.of(clause(0.5, 0.3)), Optional.empty()));
    }

    @Test
    void withoutTopicsAQuestionNamingThePeopleButSharingNoSubjectWithTheClausesIsNotCovered() {
        assertFalse(gate.answers("may officers discuss the weather with councillors", List.of(clause(0.5, 0.3)),
                Optional.empty()));
    }

    @Test
    void withoutTopicsOnlyTheClausesAnAnswerWouldQuoteSupplyTheSharedSubject() {
        ScoredClause other = clause("Resources", "Members use council equipment for council business.", 0.5, 0.3);
        String question = "may officers attend party group meetings";
        assertTrue(gate.answers(question, List.of(other, other, clause(0.5, 0.3)), Optional.empty()));
        assertFalse(gate.answers(question, List.of(other, other, other, clause(0.5, 0.3)), Optional.empty()));
    }

    @Test
    void aClauseWhoseMeaningIsNoiseIsNeverQuotedHoweverCloseItsScore() {
        assertFalse(gate.worthQuoting(clause(0.60, 0.5), clause(0.60, 0.19)));
    }

    @Test
    void onlyAClauseNearlyAsGoodAsTheBestIsQuotedBesideIt() {
        ScoredClause best = clause(0.60, 0.5);
        assertTrue(gate.worthQuoting(best, clause(0.60 - TUNING.quoteSpread() + 0.01, 0.4)));
        assertFalse(gate.worthQuoting(best, clause(0.60 - TUNING.quoteSpread() - 0.01, 0.4)));
    }
}
