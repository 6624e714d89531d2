package org.protocolbot.slack;

import java.util.List;
import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.app.ProtocolBot;

/**
 * Text from Slack in, rendered reply out, through the chat command language every surface shares.
 * The workspace's default council applies unless the text names another.
 */
final class SlackReplies {

    private final ProtocolBot bot;
    private final Optional<String> defaultCouncil;
    private final AnswerBlocks blocks = new AnswerBlocks();

    SlackReplies(ProtocolBot bot, Optional<String> defaultCouncil) {
        this.bot = bot;
        this.defaultCouncil = defaultCouncil;
    }

    /** The private answer to a slash command, with the button that shares it. */
    SlackMessage forCommand(SlashCommandText command) {
        return blocks.render(answer(command.text(), command.helpPrefix()), ShareButton.forCommand(command));
    }

    /** The same answer, for everyone in the channel: no button. */
    SlackMessage shared(SlashCommandText command) {
        return blocks.render(answer(command.text(), command.helpPrefix()), List.of());
    }

    /** A reply to an @mention or a direct message. */
    SlackMessage forMessage(String text, String helpPrefix) {
        return blocks.render(answer(text, helpPrefix));
    }

    private Answer answer(String text, String helpPrefix) {
        return bot.chat().respond(text, defaultCouncil, helpPrefix);
    }
}
