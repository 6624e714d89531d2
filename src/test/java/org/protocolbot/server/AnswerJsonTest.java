package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;

/** The exact JSON of an answer: the contract shared by POST /api/ask and the CLI's ask --json. */
class AnswerJsonTest {

    private static final QuotedClause QUOTE = new QuotedClause(
            new ClauseCitation("kirklees", "Kirklees Council", "6.3", "Party Groups and Officers"),
            "Officers may attend party group meetings\n- only when invited");

    @Test
    void anAnswerHasOutcomeCitationsTextThenItsParts() {
        String json = AnswerJson.toJson(AnswerTemplates.answer("Kirklees Council", List.of(QUOTE))).toString();

        assertEquals("{\"outcome\":\"answer\",\"citations\":[\"kirklees:6.3\"],"
                + "\"text\":\"Here is what the Kirklees Council protocol says:\\n\\n"
                + "Kirklees Council, clause 6.3 (Party Groups and Officers)\\n"
                + "Officers may attend party group meetings\\n- only when invited\\n\\n"
                + AnswerTemplates.ANSWER_CLOSING + "\","
                + "\"lead\":\"Here is what the Kirklees Council protocol says:\","
                + "\"quotes\":[{\"citation\":{\"id\":\"kirklees:6.3\",\"council\":\"kirklees\","
                + "\"councilName\":\"Kirklees Council\",\"clause\":\"6.3\",\"heading\":\"Party Groups and Officers\","
                + "\"label\":\"Kirklees Council, clause 6.3 (Party Groups and Officers)\"},"
                + "\"text\":\"Officers may attend party group meetings\\n- only when invited\"}],"
                + "\"closing\":\"" + AnswerTemplates.ANSWER_CLOSING + "\"}", json);
    }

    @Test
    void aNoMatchHasNoCitationsAndUsesItsWireName() {
        String json = AnswerJson.toJson(AnswerTemplates.noMatch("")).toString();

        assertEquals("{\"outcome\":\"no_match\",\"citations\":[],"
                + "\"text\":\"The protocol does not cover this, so I have no clause to quote.\\n\\n"
                + "Please ask your council's Monitoring Officer, who advises on the protocol and on matters it does "
                + "not cover.\",\"lead\":\"The protocol does not cover this, so I have no clause to quote.\","
                + "\"quotes\":[],\"closing\":\"Please ask your council's Monitoring Officer, who advises on the "
                + "protocol and on matters it does not cover.\"}", json);
    }

    @Test
    void aRefusalKeepsItsCitedClauses() {
        String json = AnswerJson.toJson(AnswerTemplates.refuse("campaigning", List.of(QUOTE))).toString();

        assertEquals(true, json.startsWith("{\"outcome\":\"refuse\",\"citations\":[\"kirklees:6.3\"],"), json);
    }
}
