package org.protocolbot.slack;

import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;

/**
 * The "Post to channel" button: answers the stored command again and posts it {@code in_channel} through the
 * button's {@code response_url}. The private answer stays as it was; a failure is reported privately.
 */
final class ShareToChannel implements BlockActionHandler {

    private final SlackReplies replies;
    private final AnswerDispatcher dispatcher;

    ShareToChannel(SlackReplies replies, AnswerDispatcher dispatcher) {
        this.replies = replies;
        this.dispatcher = dispatcher;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext context) {
        SlashCommandText command = SlashCommandText.parse(request.getPayload().getActions().get(0).getValue());
        dispatcher.dispatch("post to channel", () -> replies.shared(command),
                message -> send(context, ResponseUrls.IN_CHANNEL, message),
                message -> send(context, ResponseUrls.EPHEMERAL, message));
        return context.ack();
    }

    private static void send(ActionContext context, String responseType, SlackMessage message) throws Exception {
        ResponseUrls.check(context.respond(ActionResponse.builder()
                .responseType(responseType)
                .replaceOriginal(false)
                .text(message.text())
                .blocks(message.blocks())
                .build()));
    }
}
