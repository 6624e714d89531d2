package org.protocolbot.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.concurrent.CompletableFuture;
import org.protocolbot.surface.FailureNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a turn fails, the user gets the shared {@link FailureNotice} with a reference, and the log gets the details
 * (with the activity's ids) under the same reference. Nothing about the failure reaches the chat.
 */
final class TeamsFailureReplies implements OnTurnErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(TeamsFailureReplies.class);

    @Override
    public CompletableFuture<Void> invoke(TurnContext turnContext, Throwable error) {
        FailureNotice notice = FailureNotice.create();
        Activity activity = turnContext.getActivity();
        LOG.error("Teams turn failed [ref={}] activity={} type={} conversation={}", notice.reference(), activity.getId(),
                activity.getType(), activity.getConversation() == null ? null : activity.getConversation().getId(),
                error);
        return turnContext.sendActivity(MessageFactory.text(notice.text()))
                .handle((sent, sendError) -> {
                    if (sendError != null) {
                        LOG.error("Could not send the apology to Teams [ref={}]", notice.reference(), sendError);
                    }
                    return null;
                });
    }
}
