package org.protocolbot.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.MessageFileShareEvent;
import org.protocolbot.surface.Redeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * @mentions in channels and direct messages: answered in a thread under the user's message with
 * {@code chat.postMessage}. Direct messages with a file ({@code file_share}) are answered from their text. Messages
 * from bots and edited/deleted/joined messages (the other subtypes) are never answered,
 * so the bot cannot talk to itself or to another bot.
 */
final class MessageReplies {

    private static final Logger log = LoggerFactory.getLogger(MessageReplies.class);

    private final SlackReplies replies;
    private final AnswerDispatcher dispatcher;
    private final Redeliveries redeliveries;

    MessageReplies(SlackReplies replies, AnswerDispatcher dispatcher, Redeliveries redeliveries) {
        this.replies = replies;
        this.dispatcher = dispatcher;
        this.redeliveries = redeliveries;
    }

    Response onMention(EventsApiPayload<AppMentionEvent> payload, EventContext context) {
        AppMentionEvent event = payload.getEvent();
        if (event.getBotId() != null || event.getSubtype() != null) {
            return context.ack();
        }
        return reply(context, new Incoming(event.getChannel(), event.getTs(), event.getThreadTs(), event.getUser(),
                event.getText()), mentionPrefix(context));
    }

    Response onDirectMessage(EventsApiPayload<MessageEvent> payload, EventContext context) {
        MessageEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || event.getBotId() != null) {
            return context.ack();
        }
        return reply(context, new Incoming(event.getChannel(), event.getTs(), event.getThreadTs(), event.getUser(),
                event.getText()), "");
    }

    /**
     * A direct message with a file attached arrives as the {@code file_share} subtype, which Bolt would otherwise
     * acknowledge and drop with the other subtypes. The question is the message's text; the file is not read.
     */
    Response onFileShare(EventsApiPayload<MessageFileShareEvent> payload, EventContext context) {
        MessageFileShareEvent event = payload.getEvent();
        if (!"im".equals(event.getChannelType()) || Boolean.TRUE.equals(event.getDisplayAsBot())) {
            return context.ack();
        }
        return reply(context, new Incoming(event.getChannel(), event.getTs(), event.getThreadTs(), event.getUser(),
                event.getText()), "");
    }

    private Response reply(EventContext context, Incoming message, String helpPrefix) {
        // Keyed by the message (channel and ts), not the event id: one direct message can arrive as both an
        // app_mention and a message.im event, with different event ids.
        if (!redeliveries.firstDelivery(SlackAdapter.ADAPTER, message.channel() + ":" + message.ts())) {
            log.info("Skipped a repeat delivery of an already answered Slack message (retry {}, reason {})",
                    context.getRetryNum(), context.getRetryReason());
            return context.ack();
        }
        String question = SlackMentions.strip(message.text(), context.getBotUserId());
        AnswerDispatcher.Delivery inThread = reply -> post(context, message, reply);
        dispatcher.dispatch("message reply", () -> replies.forMessage(question, helpPrefix, message.user()), inThread, inThread);
        return context.ack();
    }

    private static void post(EventContext context, Incoming message, SlackMessage reply) throws Exception {
        ChatPostMessageResponse response = context.client().chatPostMessage(r -> r
                .channel(message.channel())
                .threadTs(message.replyThread())
                .text(reply.text())
                .blocks(reply.blocks())
                .unfurlLinks(false)
                .unfurlMedia(false));
        if (!response.isOk()) {
            // Slack answers a rate-limited call with HTTP 429, which the SDK throws; ok:false is always HTTP 200.
            throw new SlackRejected("chat.postMessage", 200, response.getError());
        }
    }

    /** In a channel the bot is invoked by name; help examples say so. */
    private static String mentionPrefix(EventContext context) {
        String name = context.getAuthTestResponse() == null ? null : context.getAuthTestResponse().getUser();
        return name == null ? "" : "@" + name + " ";
    }

    /** The user's message: where it is, who sent it, and the thread a reply belongs in. */
    private record Incoming(String channel, String ts, String threadTs, String user, String text) {
        String replyThread() {
            return threadTs != null ? threadTs : ts;
        }
    }
}
