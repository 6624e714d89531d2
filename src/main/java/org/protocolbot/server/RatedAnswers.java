package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.surface.Conversation;
import org.protocolbot.surface.Turn;

/**
 * Answers as the API returns them, and the question log behind them. Every answering endpoint goes through here,
 * and here through the shared {@link Conversation} step, so each logs its questions and signs its feedback value
 * exactly as Slack and Teams do.
 */
final class RatedAnswers {

    /** The API's and the try-it page's name in the feedback store and the question log. */
    static final String ADAPTER = "web";

    private final Conversation conversation;

    RatedAnswers(Conversation conversation) {
        this.conversation = conversation;
    }

    /**
     * {@link AnswerJson#toJson} plus, when the answer can be rated, {@code "feedback"}: the signed value to send
     * back to {@code POST /api/feedback} with a click. Offers the question to the opt-in question log first.
     *
     * @param question what was asked, as a chat user would type it
     * @param council  the council the question was limited to, if any
     */
    ObjectNode answered(String question, Optional<String> council, Answer answer) {
        Turn turn = conversation.answered(question, council, answer);
        ObjectNode json = AnswerJson.toJson(turn.answer());
        turn.feedback().ifPresent(signed -> json.put("feedback", signed.value()));
        return json;
    }

    /**
     * A reply with nothing to rate: a clause looked up by its number is the clause itself, not the bot's choice,
     * so it gets no feedback buttons (issue 14), and neither do help and other information replies.
     */
    ObjectNode unrated(Answer answer) {
        return AnswerJson.toJson(answer);
    }
}
