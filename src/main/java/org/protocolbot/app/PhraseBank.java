package org.protocolbot.app;

import java.util.ArrayList;
import java.util.List;
import org.protocolbot.corpus.ClauseQuestions;
import org.protocolbot.guard.GuardExamples;
import org.protocolbot.retrieval.PhraseVectors;
import org.protocolbot.topics.Topic;
import org.protocolbot.topics.TopicCatalogue;

/**
 * Every short text the bot embeds besides clauses, in one list so one cache file ({@code phrasings.bin}) holds them:
 * the topics' phrasings, then one description per topic, then the guard's examples, then the clauses' questions.
 */
record PhraseBank(TopicCatalogue catalogue, GuardExamples guardExamples, ClauseQuestions clauseQuestions) {

    List<String> texts() {
        List<String> out = new ArrayList<>(catalogue.phrasings());
        catalogue.topics().stream().map(PhraseBank::descriptionText).forEach(out::add);
        out.addAll(guardExamples.texts());
        out.addAll(clauseQuestions.texts());
        return out;
    }

    /** A topic's description, led by its title so a short description still says what it is about. */
    static String descriptionText(Topic topic) {
        return topic.title() + ". " + topic.description();
    }

    List<float[]> phrasings(PhraseVectors vectors) {
        return vectors.vectors().subList(0, phrasingCount());
    }

    List<float[]> descriptions(PhraseVectors vectors) {
        return vectors.vectors().subList(phrasingCount(), phrasingCount() + catalogue.topics().size());
    }

    List<float[]> guardExamples(PhraseVectors vectors) {
        int start = phrasingCount() + catalogue.topics().size();
        return vectors.vectors().subList(start, start + guardExamples.texts().size());
    }

    List<float[]> clauseQuestions(PhraseVectors vectors) {
        return vectors.vectors().subList(clauseQuestionsStart(), vectors.vectors().size());
    }

    /** These vectors with {@code questions} in place of the clause questions' (the benchmark's copied corpus). */
    PhraseVectors withClauseQuestions(PhraseVectors vectors, List<float[]> questions) {
        List<float[]> out = new ArrayList<>(vectors.vectors().subList(0, clauseQuestionsStart()));
        out.addAll(questions);
        return new PhraseVectors(vectors.hash(), out);
    }

    private int clauseQuestionsStart() {
        return phrasingCount() + catalogue.topics().size() + guardExamples.texts().size();
    }

    private int phrasingCount() {
        return catalogue.phrasingOwners().length;
    }
}
