package org.protocolbot.teams;

import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.URI;
import java.time.Clock;

/**
 * The bot's app id and password as botbuilder uses them to sign replies, with the token endpoint taken from
 * {@link TeamsEndpoints} instead of the hard-wired login.microsoftonline.com.
 */
final class TeamsAppCredentials extends MicrosoftAppCredentials {

    private final TeamsEndpoints endpoints;

    /**
     * @param tenant the tenant to authenticate in; null means botframework.com (a multi-tenant bot)
     * @param scope  the OAuth scope botbuilder asks for (the Bot Connector's)
     */
    TeamsAppCredentials(String appId, String appPassword, String tenant, String scope, TeamsEndpoints endpoints) {
        super(appId, appPassword, tenant, scope);
        this.endpoints = endpoints;
    }

    @Override
    public String oAuthEndpoint() {
        return endpoints.tokenEndpointFor(getChannelAuthTenant()).toString();
    }

    @Override
    protected Authenticator buildAuthenticator() {
        return new ClientCredentialsAuthenticator(URI.create(oAuthEndpoint()), getAppId(), getAppPassword(),
                oAuthScope(), Clock.systemUTC());
    }

    @Override
    public String toString() {
        return "TeamsAppCredentials[appId=" + getAppId() + ", tenant=" + getChannelAuthTenant() + "]";
    }
}
