package org.protocolbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.Outcome;
import org.protocolbot.answer.Question;
import org.protocolbot.app.BotLoader;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.ClauseCorpus;
import org.protocolbot.corpus.KnowledgeBase;
import org.protocolbot.retrieval.Tuning;
import org.protocolbot.retrieval.MiniLmEmbedder;

/**
 * The synthetic corpus the benchmark scales to: real councils first, then copies under distinct ids, and answers
 * over it behave as over the real corpus (a copy's clause is as good a match as the original, which comes first).
 */
class ScaledCorpusTest {

    @Test
    void copiesTheCouncilsUnderDistinctIdsUntilTheSizeIsReachedAndAnswersLikeTheRealCorpus() {
        ProtocolBot bot = TestBots.shared();
        ClauseCorpus base = bot.corpus();
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        BotLoader.Knowledge knowledge = BotLoader.read(KnowledgeBase.locate(Optional.empty()), embedder, Tuning.DEFAULT);

        ScaledCorpus scaled = ScaledCorpus.build(knowledge, embedder, 3 * base.size() - 1);

        assertEquals(3 * base.size(), scaled.corpus().size());
        assertEquals(3 * base.councils().size(), scaled.corpus().councils().size());
        assertEquals(base.councilIds(), scaled.corpus().councilIds().subList(0, base.councils().size()));
        assertTrue(scaled.corpus().council("leeds-0002").isPresent());
        assertEquals(base.clause("leeds:7.4").orElseThrow().text(),
                scaled.corpus().clause("leeds-0002:7.4").orElseThrow().text());

        String question = "Can officers attend party group meetings?";
        Answer real = bot.answerer().answer(Question.of(question, "leeds"));
        Answer copy = scaled.answerer().answer(Question.of(question, "leeds"));
        assertEquals(Outcome.ANSWER, real.outcome());
        assertEquals(real.citations(), copy.citations(), "scoped to the real Leeds, the copies change nothing");
        Answer everywhere = scaled.answerer().answer(Question.of(question));
        assertEquals(Optional.of(bot.answerer().answer(Question.of(question)).citations().get(0)),
                everywhere.citations().stream().findFirst(), "originals precede their copies in corpus order");
    }
}
