package org.protocolbot.teams;

import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.concurrent.CompletableFuture;

/**
 * botbuilder's own HTTP adapter (token validation, turn pipeline, Bot Connector client), configured from our
 * settings. The one change: the credentials it signs replies with use {@link TeamsAppCredentials}, because
 * botbuilder 4.14 neither passes a single-tenant id to its credentials nor lets the token endpoint be moved.
 */
final class TeamsHttpAdapter extends BotFrameworkHttpAdapter {

    private final SettingsConfiguration configuration;
    private final TeamsEndpoints endpoints;

    TeamsHttpAdapter(SettingsConfiguration configuration, TeamsEndpoints endpoints) {
        super(configuration);
        this.configuration = configuration;
        this.endpoints = endpoints;
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        // appId is the audience of a token already checked against MICROSOFT_APP_ID, so it is ours.
        return CompletableFuture.completedFuture(new TeamsAppCredentials(appId,
                configuration.getProperty(MicrosoftAppCredentials.MICROSOFTAPPPASSWORD),
                configuration.getProperty(SettingsConfiguration.TENANT_ID), scope, endpoints));
    }
}
