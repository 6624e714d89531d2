package org.protocolbot.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerJson;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;
import org.protocolbot.feedback.FeedbackSigner;

/**
 * Answers as the API returns them, and the question log behind them. Every answering endpoint goes through here, so
 * each logs its questions and offers feedback the same way Slack and Teams do.
 */
final class RatedAnswers {

    /** The API's and the try-it page's name in the feedback store and the question log. */
    static final String ADAPTER = "web";

    private final FeedbackRecorder recorder;
    private final FeedbackSigner signer;

    RatedAnswers(FeedbackRecorder recorder, FeedbackSigner signer) {
        this.recorder = recorder;
        this.signer = signer;
    }

    /**
     * {@link AnswerJson#toJson} plus, when the answer can be rated, {@code "feedback"}: the signed value to send
     * back to {@code POST /api/feedback} with a click. Offers the question to the opt-in question log first.
     *
     * @param question what was asked, as a chat user would type it
     * @param council  the council the question was limited to, if any
     */
    ObjectNode answered(String question, Optional<String> council, Answer answer) {
        recorder.answered(question, council, answer);
        ObjectNode json = AnswerJson.toJson(answer);
        FeedbackPayload.offeredFor(question, council, answer).ifPresent(p -> json.put("feedback", signer.sign(p)));
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
