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
import org.protocolbot.answer.Answer;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackRecorder;

/**
 * What the bot does in Teams: every message (a personal chat, or an @mention in a group chat or channel, which is
 * all Teams delivers) is handed to the shared command language with the mention removed, and the Answer goes back
 * as a card with feedback buttons. A click on one of those buttons arrives as a message carrying a value instead of
 * text; it is recorded and thanked. When the bot is installed it introduces itself with the help text.
 */
final class ProtocolTeamsBot extends TeamsActivityHandler {

    /** Teams users type commands bare ("leeds 7.4"), so help shows them without a prefix. */
    private static final String COMMAND_PREFIX = "";

    private final ProtocolBot bot;
    private final Optional<String> defaultCouncil;
    private final FeedbackRecorder recorder;
    private final RetriedSend retry;

    ProtocolTeamsBot(ProtocolBot bot, Optional<String> defaultCouncil, FeedbackRecorder recorder, RetriedSend retry) {
        this.bot = bot;
        this.defaultCouncil = defaultCouncil;
        this.recorder = recorder;
        this.retry = retry;
    }

    @Override
    protected CompletableFuture<Void> onMessageActivity(TurnContext turnContext) {
        Activity activity = turnContext.getActivity();
        Optional<FeedbackSubmit> click = FeedbackSubmit.from(activity);
        if (click.isPresent()) {
            return thank(turnContext, click.get(), activity.getFrom() == null ? null : activity.getFrom().getId());
        }
        String text = MessageText.withoutBotMention(activity);
        Answer answer = bot.chat().respond(text, defaultCouncil, COMMAND_PREFIX);
        recorder.answered(text, defaultCouncil, answer);
        return reply(turnContext, answer, FeedbackPayload.offeredFor(text, defaultCouncil, answer));
    }

    /** The user id goes only to the store, which keeps a salted hash of it. */
    private CompletableFuture<Void> thank(TurnContext turnContext, FeedbackSubmit click, String userId) {
        String thanks;
        try {
            thanks = recorder.click(click.payload(), click.helpful(), Objects.requireNonNull(userId, "from.id"));
        } catch (RuntimeException e) {
            // As a failed turn, so the adapter's error handler apologises with a reference.
            return CompletableFuture.failedFuture(e);
        }
        return turnContext.sendActivity(MessageFactory.text(thanks)).thenApply(sent -> null);
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
        return reply(turnContext, bot.chat().respond("help", defaultCouncil, COMMAND_PREFIX), Optional.empty());
    }

    /** A fresh activity per attempt: botbuilder fills in the conversation's ids on the one it sends. */
    private CompletableFuture<Void> reply(TurnContext turnContext, Answer answer, Optional<FeedbackPayload> feedback) {
        return retry.send(() -> turnContext.sendActivity(AnswerCard.activity(answer, feedback))).thenApply(sent -> null);
    }
}
