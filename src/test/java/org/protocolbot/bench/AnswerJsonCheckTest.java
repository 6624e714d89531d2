package org.protocolbot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.answer.Question;

/** The check the load test applies to every response accepts real answers and names what is wrong with bad ones. */
class AnswerJsonCheckTest {

    @Test
    void realAnswersOfEachOutcomePass() {
        for (String question : new String[] {"Can officers attend party group meetings?", "Which party should I vote for?",
                "When are my green bins collected?"}) {
            String body = AnswerJson.toJson(TestBots.shared().answerer().answer(Question.of(question))).toString();
            assertEquals("", AnswerJsonCheck.problem(body), body);
        }
    }

    @Test
    void malformedBodiesAreNamed() {
        assertEquals("not JSON", AnswerJsonCheck.problem("{\"outcome\":"));
        assertEquals("not a JSON object", AnswerJsonCheck.problem("[]"));
        assertEquals("outcome \"info\" is not one of " + AnswerJsonCheck.QUESTION_OUTCOMES,
                AnswerJsonCheck.problem("{\"outcome\":\"info\",\"lead\":\"x\",\"text\":\"x\",\"citations\":[],\"quotes\":[]}"));
        assertEquals("the text does not start with a lead",
                AnswerJsonCheck.problem("{\"outcome\":\"refuse\",\"lead\":\"No.\",\"text\":\"Yes.\",\"citations\":[],\"quotes\":[]}"));
        assertEquals("citations and quotes do not match",
                AnswerJsonCheck.problem("{\"outcome\":\"answer\",\"lead\":\"L\",\"text\":\"L\",\"citations\":[\"leeds:1.1\"],\"quotes\":[]}"));
        assertEquals("an answer that quotes nothing",
                AnswerJsonCheck.problem("{\"outcome\":\"answer\",\"lead\":\"L\",\"text\":\"L\",\"citations\":[],\"quotes\":[]}"));
        assertEquals("a no-match that quotes a clause", AnswerJsonCheck.problem(
                "{\"outcome\":\"no_match\",\"lead\":\"L\",\"text\":\"L\",\"citations\":[\"leeds:1.1\"],\"quotes\":[{}]}"));
    }
}
