package org.protocolbot.teams;

import com.microsoft.aad.msal4j.IAuthenticationResult;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ErrorObject;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.token.AccessToken;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * Gets the bot's own access token for the Bot Connector with the OAuth 2.0 client-credentials grant, and keeps it
 * until shortly before it expires.
 *
 * <p>Why not botbuilder's default (MSAL 1.11): MSAL only accepts an https authority and first asks
 * login.microsoftonline.com for instance discovery, so the token endpoint could never be anything but Microsoft's,
 * and the path that puts a token on every reply could not be tested. This does the same single request MSAL does
 * for a client secret (POST grant_type=client_credentials, client_id, client_secret, scope) to a configurable URL.
 */
final class ClientCredentialsAuthenticator implements Authenticator {

    /** Renew this long before expiry, so a token never runs out during a reply. */
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(5);
    private static final int TIMEOUT_MILLIS = 10_000;

    private final URI tokenEndpoint;
    private final TokenRequest request;
    private final Clock clock;
    private BotToken current;

    ClientCredentialsAuthenticator(URI tokenEndpoint, String appId, String appPassword, String scope, Clock clock) {
        this.tokenEndpoint = tokenEndpoint;
        this.request = new TokenRequest(tokenEndpoint,
                new ClientSecretPost(new ClientID(appId), new Secret(appPassword)),
                new ClientCredentialsGrant(), new Scope(scope));
        this.clock = clock;
    }

    @Override
    public CompletableFuture<IAuthenticationResult> acquireToken() {
        try {
            return CompletableFuture.completedFuture(token());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private synchronized BotToken token() {
        Instant now = clock.instant();
        if (current == null || now.isAfter(current.expiresOn().minus(RENEW_BEFORE_EXPIRY))) {
            current = requestToken(now);
        }
        return current;
    }

    private BotToken requestToken(Instant now) {
        try {
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(TIMEOUT_MILLIS);
            http.setReadTimeout(TIMEOUT_MILLIS);
            TokenResponse response = TokenResponse.parse(http.send());
            if (!response.indicatesSuccess()) {
                // The error object holds only the server's code and description, never our secret.
                ErrorObject error = response.toErrorResponse().getErrorObject();
                throw new AuthenticationException("Token endpoint " + tokenEndpoint + " refused the bot's credentials: HTTP "
                        + error.getHTTPStatusCode() + " " + error.getCode() + " " + error.getDescription());
            }
            AccessToken token = response.toSuccessResponse().getTokens().getAccessToken();
            long lifetime = token.getLifetime() > 0 ? token.getLifetime() : RENEW_BEFORE_EXPIRY.toSeconds();
            return new BotToken(token.getValue(), request.getScope().toString(), tokenEndpoint.getHost(),
                    now.plusSeconds(lifetime));
        } catch (IOException | ParseException e) {
            throw new AuthenticationException("Could not get a token from " + tokenEndpoint + ": " + e.getMessage());
        }
    }
}
