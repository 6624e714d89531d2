package org.protocolbot.teams;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.aad.msal4j.ITenantProfile;
import java.time.Instant;
import java.util.Date;

/**
 * The bot's access token in the shape botbuilder's {@code AppCredentials} expects. A client-credentials token has
 * no user, so there is no id token, account or tenant profile.
 */
record BotToken(String accessToken, String scopes, String environment, Instant expiresOn) implements IAuthenticationResult {

    @Override
    public String idToken() {
        return null;
    }

    @Override
    public IAccount account() {
        return null;
    }

    @Override
    public ITenantProfile tenantProfile() {
        return null;
    }

    @Override
    public Date expiresOnDate() {
        return Date.from(expiresOn);
    }

    @Override
    public String toString() {
        // Never print the token itself.
        return "BotToken[scopes=" + scopes + ", environment=" + environment + ", expiresOn=" + expiresOn + "]";
    }
}
