package org.protocolbot.hardening;

import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Question;
import org.protocolbot.app.ProtocolBot;

/**
 * The core under hostile input: the chat command language and the question answerer always reply with one of
 * their templates, quote clauses verbatim, never echo markup that could ping or run, and never fail.
 */
class HostileInputProperties {

    private final ProtocolBot bot = TestBots.shared();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Property(tries = 200)
    void theChatLanguageAlwaysAnswersWithATemplate(@ForAll("hostile") String text) {
        Answer answer = bot.chat().respond(text, Optional.empty(), "/protocol ");
        RenderedText.assertTemplated(bot, answer, RenderedText.anyOutcome());
    }

    @Property(tries = 100)
    void theChatLanguageWithADefaultCouncilAlwaysAnswersWithATemplate(@ForAll("hostile") String text) {
        Answer answer = bot.chat().respond(text, Optional.of("leeds"), "");
        RenderedText.assertTemplated(bot, answer, RenderedText.anyOutcome());
    }

    @Property(tries = 200)
    void aQuestionAlwaysGetsAnAnswerARefusalOrANoMatch(@ForAll("hostile") String text) {
        Answer answer = bot.answerer().answer(Question.of(text));
        RenderedText.assertTemplated(bot, answer, RenderedText.questionOutcomes());
    }
}
