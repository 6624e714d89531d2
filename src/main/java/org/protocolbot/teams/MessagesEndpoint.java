package org.protocolbot.teams;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import org.protocolbot.surface.FailureNotice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/messages: the Bot Framework delivers each Teams activity here. The body is parsed with botbuilder's
 * own JSON settings and handed to the adapter, which first validates the bearer token; a request that fails
 * validation gets 401 and the bot never sees it.
 */
final class MessagesEndpoint implements Handler {

    private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);

    private final BotFrameworkHttpAdapter adapter;
    private final Bot bot;
    private final JacksonAdapter json = new JacksonAdapter();

    MessagesEndpoint(BotFrameworkHttpAdapter adapter, Bot bot) {
        this.adapter = adapter;
        this.bot = bot;
    }

    @Override
    public void handle(Context ctx) {
        Activity activity = parse(ctx.body());
        if (activity == null) {
            ctx.status(HttpStatus.BAD_REQUEST);
            return;
        }
        // botbuilder sets the JVM-wide default Locale from each activity's locale; that would change how the
        // whole server (every adapter, every thread) formats and lower-cases text. Replies do not need it.
        activity.setLocale(null);
        String authorization = ctx.header("Authorization");
        ctx.future(() -> adapter.processIncomingActivity(authorization, activity, bot)
                .handle((response, error) -> {
                    respond(ctx, activity, response, error);
                    return null;
                }));
    }

    private Activity parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.deserialize(body, Activity.class);
        } catch (IOException e) {
            LOG.warn("Teams request body is not an activity: {}", e.getMessage());
            return null;
        }
    }

    private void respond(Context ctx, Activity activity, InvokeResponse response, Throwable error) {
        if (error != null) {
            if (isAuthenticationFailure(error)) {
                LOG.warn("Rejected a Teams request that failed Bot Framework authentication: {}", rootMessage(error));
                ctx.status(HttpStatus.UNAUTHORIZED);
            } else {
                String reference = FailureNotice.create().reference();
                LOG.error("Teams request failed [ref={}] activity={} type={}", reference, activity.getId(),
                        activity.getType(), error);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
            }
            return;
        }
        if (response == null) {
            ctx.status(HttpStatus.OK);
            return;
        }
        ctx.status(response.getStatus());
        if (response.getBody() != null) {
            ctx.contentType("application/json").result(json.serializeRaw(response.getBody()));
        }
    }

    private static boolean isAuthenticationFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
