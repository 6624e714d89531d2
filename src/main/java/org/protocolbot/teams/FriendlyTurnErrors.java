package org.protocolbot.teams;

import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.OnTurnErrorHandler;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a turn fails, the user gets a short apology with a reference, and the log gets the details under the same
 * reference. Nothing about the failure (and never a stack trace) reaches the chat.
 */
final class FriendlyTurnErrors implements OnTurnErrorHandler {

    static final String MESSAGE = "Sorry, something went wrong and I could not answer that. Please try again in a "
            + "moment. If it keeps happening, tell whoever runs this bot and quote reference %s.";

    private static final Logger LOG = LoggerFactory.getLogger(FriendlyTurnErrors.class);

    @Override
    public CompletableFuture<Void> invoke(TurnContext turnContext, Throwable error) {
        String reference = newReference();
        Activity activity = turnContext.getActivity();
        LOG.error("Teams turn failed [ref={}] activity={} type={} conversation={}", reference, activity.getId(),
                activity.getType(), activity.getConversation() == null ? null : activity.getConversation().getId(),
                error);
        return turnContext.sendActivity(MessageFactory.text(String.format(MESSAGE, reference)))
                .handle((sent, sendError) -> {
                    if (sendError != null) {
                        LOG.error("Could not send the apology to Teams [ref={}]", reference, sendError);
                    }
                    return null;
                });
    }

    static String newReference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
