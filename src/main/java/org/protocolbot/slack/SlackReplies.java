package org.protocolbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;

/**
 * Text from Slack in, rendered reply out, through the chat command language every surface shares.
 * The workspace's default council applies unless the text names another. Each question asked is offered to the
 * opt-in question log, and each answer carries its feedback buttons.
 */
final class SlackReplies {

    private final ProtocolBot bot;
    private final Optional<String> defaultCouncil;
    private final FeedbackRecorder recorder;
    private final AnswerBlocks blocks = new AnswerBlocks();

    SlackReplies(ProtocolBot bot, Optional<String> defaultCouncil, FeedbackRecorder recorder) {
        this.bot = bot;
        this.defaultCouncil = defaultCouncil;
        this.recorder = recorder;
    }

    /** The private answer to a slash command, with the button that shares it. */
    SlackMessage forCommand(SlashCommandText command) {
        return asked(command.text(), command.helpPrefix(), ShareButton.forCommand(command));
    }

    /**
     * The same answer, for everyone in the channel: no share button, but feedback buttons for everyone. Not logged
     * again: the question was logged when it was first asked.
     */
    SlackMessage shared(SlashCommandText command) {
        return render(command.text(), answer(command.text(), command.helpPrefix()), List.of());
    }

    /** A reply to an @mention or a direct message. */
    SlackMessage forMessage(String text, String helpPrefix) {
        return asked(text, helpPrefix, List.of());
    }

    private SlackMessage asked(String text, String helpPrefix, List<LayoutBlock> trailing) {
        Answer answer = answer(text, helpPrefix);
        recorder.answered(text, defaultCouncil, answer);
        return render(text, answer, trailing);
    }

    private SlackMessage render(String text, Answer answer, List<LayoutBlock> trailing) {
        return blocks.render(answer, FeedbackPayload.offeredFor(text, defaultCouncil, answer), trailing);
    }

    private Answer answer(String text, String helpPrefix) {
        return bot.chat().respond(text, defaultCouncil, helpPrefix);
    }
}
