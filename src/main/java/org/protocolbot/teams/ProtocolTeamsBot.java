package org.protocolbot.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.teams.TeamsActivityHandler;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.protocolbot.chat.Surface;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.surface.Conversation;
import org.protocolbot.surface.Redeliveries;
import org.protocolbot.surface.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot does in Teams: every message (a personal chat, or an @mention in a group chat or channel, which is
 * all Teams delivers) goes to the shared {@link Conversation} with the mentions removed, and the {@link Turn}
 * goes back as a card with feedback buttons. A click on one of those buttons arrives as a message carrying a value
 * instead of text; it is recorded and answered. When the bot is installed it introduces itself with the help text
 * for that kind of conversation.
 */
final class ProtocolTeamsBot extends TeamsActivityHandler {

    private final Conversation conversation;
    private final Optional<String> defaultCouncil;
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolTeamsBot.class);

    private final RetriedSend retry;
    private final Redeliveries redeliveries;

    ProtocolTeamsBot(Conversation conversation, Optional<String> defaultCouncil, RetriedSend retry,
            Redeliveries redeliveries) {
        this.redeliveries = redeliveries;
        this.conversation = conversation;
        this.defaultCouncil = defaultCouncil;
        this.retry = retry;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        if (!firstDelivery(activity)) {
            LOG.info("Skipped a repeat delivery of an already answered Teams activity");
            return CompletableFuture.completedFuture(null);
        }
        Optional<FeedbackSubmit> click = FeedbackSubmit.from(activity);
        if (click.isPresent()) {
            return answerClick(turnContext, click.get(), activity.getFrom() == null ? null : activity.getFrom().getId());
        }
        TeamsConversationType where = TeamsConversationType.of(activity);
        String text = TeamsMentions.withoutMentions(activity);
        String userId = activity.getFrom() == null ? null : activity.getFrom().getId();
        return reply(turnContext, conversation.ask(text, defaultCouncil, where.surface(), where.commandPrefix(activity),
                userId));
    }

    /**
     * The Bot Framework redelivers an activity it thinks was not taken, with the same id; ids are unique within a
     * conversation. An activity without an id (never sent by Teams) is answered.
     */
    private boolean firstDelivery(Activity activity) {
        if (activity.getId() == null || activity.getConversation() == null) {
            return true;
        }
        return redeliveries.firstDelivery(TeamsAdapter.ADAPTER, activity.getConversation().getId() + ":" + activity.getId());
    }

    /** The user id goes only to the store, which keeps a salted hash of it. */
    private CompletableFuture<Void> answerClick(TurnContext turnContext, FeedbackSubmit click, String userId) {
        String answer;
        try {
            answer = conversation.click(click.payload(), click.helpful(), Objects.requireNonNull(userId, "from.id"));
        } catch (RuntimeException e) {
            // As a failed turn, so the adapter's error handler apologises with a reference.
            return CompletableFuture.failedFuture(e);
        }
        return turnContext.sendActivity(MessageFactory.text(answer)).thenApply(sent -> null);
    }

    @Override
    protected CompletableFuture<Void> onMembersAdded(List<ChannelAccount> membersAdded, TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        String botId = activity.getRecipient() == null ? null : activity.getRecipient().getId();
        // Greet once, when the bot itself joins (installed in a chat or team); people joining a team later are
        // not greeted in the channel.
        boolean botWasAdded = botId != null && membersAdded.stream().anyMatch(m -> Objects.equals(m.getId(), botId));
        if (!botWasAdded) {
            return CompletableFuture.completedFuture(null);
        }
        TeamsConversationType where = TeamsConversationType.of(activity);
        return reply(turnContext, conversation.greeting(defaultCouncil, where.surface(), where.commandPrefix(activity)));
    }

    /**
     * The card, or the cards in order when the answer is too big for one; each sent (and retried) in turn. A fresh
     * activity per attempt: botbuilder fills in the conversation's ids on the one it sends.
     */
    private CompletableFuture<Void> reply(TurnContext turnContext, Turn turn) {
        CompletableFuture<Void> sent = CompletableFuture.completedFuture(null);
        for (Activity card : AnswerCard.activities(turn.answer(), turn.feedback())) {
            sent = sent.thenCompose(previous -> retry.send(() -> turnContext.sendActivity(Activity.clone(card)))
                    .thenApply(response -> null));
        }
        return sent;
    }
}
