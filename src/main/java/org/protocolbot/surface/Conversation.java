package org.protocolbot.surface;

import java.util.Objects;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.chat.ChatResponder;
import org.protocolbot.chat.Surface;
import org.protocolbot.chat.Wording;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step every chat surface shares, so a new surface translates requests and renders replies and copies nothing:
 * answer what the user typed through the command language (within the user's budget of questions), offer the
 * question to the opt-in question log, and attach the signed feedback value; and for a click, verify and record
 * it and say what the user should read. Slack, Teams, the page and the API each hold one, with a
 * {@link FeedbackRecorder} named after the surface.
 *
 * <p>Signing happens here and nowhere else ({@link #offered}), so Slack's buttons, Teams' cards and the API's
 * {@code feedback} field carry the same kind of value, and every click is checked the same way.
 */
public final class Conversation {

    private static final Logger LOG = LoggerFactory.getLogger(Conversation.class);

    private final ChatResponder chat;
    private final FeedbackRecorder recorder;
    private final QuestionBudget questions;

    /** With no limit on questions: for a surface whose callers are limited elsewhere (the web API, by address). */
    public Conversation(ChatResponder chat, FeedbackRecorder recorder) {
        this(chat, recorder, QuestionBudget.unlimited());
    }

    /**
     * @param questions each user's budget of questions, keyed by the user id {@link #ask} is given: a person
     *                  typing never meets it, a script or a loop between two bots does
     */
    public Conversation(ChatResponder chat, FeedbackRecorder recorder, QuestionBudget questions) {
        this.chat = Objects.requireNonNull(chat, "chat");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.questions = Objects.requireNonNull(questions, "questions");
    }

    /**
     * Answers {@code text}, logs the question, and offers feedback; or, when {@code userId} has spent this minute's
     * budget of questions, says so in {@link Wording#TOO_MANY_QUESTIONS} without answering or logging anything.
     *
     * @param userId the Slack or Teams user who asked, as the platform names them; the key of the budget only
     */
    public Turn ask(String text, Optional<String> defaultCouncil, Surface surface, String commandPrefix,
            String userId) {
        if (questions.spend(Objects.requireNonNullElse(userId, "")).isPresent()) {
            // No user id in the log: it names a person.
            LOG.info("A {} user has asked more questions this minute than the budget allows; told to wait",
                    surface.adapter());
            return Turn.overBudget();
        }
        return answered(text, defaultCouncil, chat.respond(text, defaultCouncil, surface, commandPrefix));
    }

    /** The help text, as the bot introduces itself when it is added to a conversation: nothing to log or rate. */
    public Turn greeting(Optional<String> defaultCouncil, Surface surface, String commandPrefix) {
        return offered("help", defaultCouncil, chat.respond("help", defaultCouncil, surface, commandPrefix));
    }

    /**
     * The same answer again, for a wider audience (Slack's "Post to channel"): not logged twice, since the
     * question was logged when it was first asked, and not counted again against the asker's budget.
     */
    public Turn again(String text, Optional<String> defaultCouncil, Surface surface, String commandPrefix) {
        return offered(text, defaultCouncil, chat.respond(text, defaultCouncil, surface, commandPrefix));
    }

    /**
     * For a surface that computed the answer itself (the JSON API asks the answerer with its own scope): log the
     * question and offer feedback, exactly as the chat surfaces do.
     *
     * @param question what was asked, as a chat user would type it
     * @param council  the council the question was limited to, if any
     */
    public Turn answered(String question, Optional<String> council, Answer answer) {
        recorder.answered(question, council, answer);
        return offered(question, council, answer);
    }

    /**
     * Records a click on a button carrying {@code signedFeedback} and returns what to tell the user: thanks, or
     * {@link Wording#STALE_FEEDBACK} for a value this server did not sign (forged, altered, or from before the key
     * changed: retrying it would never work). Nothing is stored for such a value, and the recorder logs one WARN.
     *
     * @throws org.protocolbot.feedback.FeedbackStoreException when the store cannot take the click; the surface
     *                                                         apologises with a {@link FailureNotice}
     */
    public String click(String signedFeedback, boolean helpful, String userId) {
        try {
            recorder.click(signedFeedback, helpful, userId);
            return Wording.THANKS;
        } catch (IllegalArgumentException notOurs) {
            return Wording.STALE_FEEDBACK;
        }
    }

    /** The one place a feedback value is signed, for every surface. */
    private Turn offered(String question, Optional<String> council, Answer answer) {
        return new Turn(answer, FeedbackPayload.offeredFor(question, council, answer).map(recorder.signer()::signed));
    }
}
