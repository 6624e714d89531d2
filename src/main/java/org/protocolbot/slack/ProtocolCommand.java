package org.protocolbot.slack;

import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;

/**
 * {@code /protocol ...}: acknowledges at once (Slack allows three seconds), then sends the answer to
 * {@code response_url}, visible only to the person who asked, with a button to post it to the channel.
 */
final class ProtocolCommand implements SlashCommandHandler {

    private final SlackReplies replies;
    private final AnswerDispatcher dispatcher;

    ProtocolCommand(SlackReplies replies, AnswerDispatcher dispatcher) {
        this.replies = replies;
        this.dispatcher = dispatcher;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandText command = new SlashCommandText(request.getPayload().getCommand(), request.getPayload().getText());
        AnswerDispatcher.Delivery ephemeral = message -> ResponseUrls.check(context.respond(SlashCommandResponse.builder()
                .responseType(ResponseUrls.EPHEMERAL)
                .text(message.text())
                .blocks(message.blocks())
                .build()));
        dispatcher.dispatch("slash command", () -> replies.forCommand(command), ephemeral, ephemeral);
        return context.ack();
    }
}
