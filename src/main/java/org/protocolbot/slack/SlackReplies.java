package org.protocolbot.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Optional;
import org.protocolbot.chat.Surface;
import org.protocolbot.surface.Conversation;
import org.protocolbot.surface.Turn;

/**
 * Text from Slack in, Block Kit out: the shared {@link Conversation} step does the answering, logging and feedback
 * offer; this class only chooses the blocks. The workspace's default council applies unless the text names another.
 */
final class SlackReplies {

    private final Conversation conversation;
    private final Optional<String> defaultCouncil;
    private final AnswerBlocks blocks = new AnswerBlocks();

    SlackReplies(Conversation conversation, Optional<String> defaultCouncil) {
        this.conversation = conversation;
        this.defaultCouncil = defaultCouncil;
    }

    /** The private answer to {@code userId}'s slash command, with the button that shares it. */
    SlackMessage forCommand(SlashCommandText command, String userId) {
        Turn turn = conversation.ask(command.text(), defaultCouncil, Surface.SLACK, command.helpPrefix(), userId);
        // Over the question budget there is no answer to share.
        return render(turn, turn.budgetSpent() ? List.of() : ShareButton.forCommand(command));
    }

    /** The same answer, for everyone in the channel: no share button, but feedback buttons for everyone. */
    SlackMessage shared(SlashCommandText command) {
        return render(conversation.again(command.text(), defaultCouncil, Surface.SLACK, command.helpPrefix()), List.of());
    }

    /** A reply to {@code userId}'s @mention or direct message. */
    SlackMessage forMessage(String text, String helpPrefix, String userId) {
        return render(conversation.ask(text, defaultCouncil, Surface.SLACK, helpPrefix, userId), List.of());
    }

    /** What a "Helpful" / "Not helpful" click gets: thanks, or why it could not count. */
    String click(String signedFeedback, boolean helpful, String userId) {
        return conversation.click(signedFeedback, helpful, userId);
    }

    private SlackMessage render(Turn turn, List<LayoutBlock> trailing) {
        return blocks.render(turn.answer(), turn.feedback(), trailing);
    }
}
