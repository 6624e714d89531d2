package org.protocolbot;

import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.answer.QuestionAnswerer;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;

/**
 * One real bot per test JVM: the embedded corpus and the real MiniLM model. Loading takes a few seconds,
 * so every test class shares this instance instead of loading its own.
 */
public final class TestBots {

    private static ProtocolBot shared;

    private TestBots() {
    }

    public static synchronized ProtocolBot shared() {
        if (shared == null) {
            shared = ProtocolBot.load(Settings.empty());
        }
        return shared;
    }

    /**
     * {@code real} with an answerer whose every question fails with an {@link IllegalStateException} saying
     * {@code failure} (comparisons still work): for what a surface does when the core breaks.
     */
    public static ProtocolBot failingAnswers(ProtocolBot real, String failure) {
        QuestionAnswerer failing = new QuestionAnswerer() {
            @Override
            public Answer answer(Question question) {
                throw new IllegalStateException(failure);
            }

            @Override
            public Answer compare(String question) {
                return real.answerer().compare(question);
            }
        };
        return new ProtocolBot(real.corpus(), failing, real.search());
    }
}
