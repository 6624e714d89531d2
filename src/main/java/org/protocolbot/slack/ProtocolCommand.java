package org.protocolbot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /protocol ...} and its "Post to channel" button. The command is acknowledged at once (Slack allows three
 * seconds) and answered through {@code response_url}, visible only to the person who asked. The button answers
 * the stored command again and posts it {@code in_channel} through its own {@code response_url}; the private
 * answer stays, and a failure is reported privately.
 */
final class ProtocolCommand {

    private final SlackReplies replies;
    private final AnswerDispatcher dispatcher;

    ProtocolCommand(SlackReplies replies, AnswerDispatcher dispatcher) {
        this.replies = replies;
        this.dispatcher = dispatcher;
    }

    Response onCommand(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandText command = new SlashCommandText(request.getPayload().getCommand(), request.getPayload().getText());
        AnswerDispatcher.Delivery ephemeral = message -> ResponseUrls.check(context.respond(SlashCommandResponse.builder()
                .responseType(ResponseUrls.EPHEMERAL)
                .text(message.text())
                .blocks(message.blocks())
                .build()));
        dispatcher.dispatch("slash command", () -> replies.forCommand(command, request.getPayload().getUserId()), ephemeral, ephemeral);
        return context.ack();
    }

    Response onShare(BlockActionRequest request, ActionContext context) {
        SlashCommandText command = SlashCommandText.parse(request.getPayload().getActions().get(0).getValue());
        dispatcher.dispatch("post to channel", () -> replies.shared(command),
                message -> ResponseUrls.respond(context, ResponseUrls.IN_CHANNEL, message),
                message -> ResponseUrls.respond(context, ResponseUrls.EPHEMERAL, message));
        return context.ack();
    }
}
