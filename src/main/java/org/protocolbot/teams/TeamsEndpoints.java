package org.protocolbot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import java.net.URI;
import java.util.Objects;
import org.protocolbot.app.Settings;

/**
 * Where the Bot Framework lives: the OpenID metadata document whose keys sign the tokens Teams sends us, and the
 * OAuth token endpoint where the bot gets its own token for replying. Production uses {@link #microsoft()};
 * tests point both at a local stand-in.
 *
 * @param openIdMetadataUrl the Bot Framework channel OpenID metadata document (its {@code jwks_uri} lists the keys)
 * @param tokenEndpoint     the OAuth 2.0 token endpoint; a {@value #TENANT} placeholder is replaced by the tenant
 *                          the bot authenticates in ({@code botframework.com} for multi-tenant bots, or
 *                          {@code MICROSOFT_APP_TENANT_ID} for single-tenant ones)
 */
public record TeamsEndpoints(String openIdMetadataUrl, String tokenEndpoint) {

    /** Placeholder for the tenant in {@link #tokenEndpoint()}. */
    public static final String TENANT = "{tenant}";

    private static final String MICROSOFT_TOKEN_ENDPOINT = "https://login.microsoftonline.com/" + TENANT
            + "/oauth2/v2.0/token";

    public TeamsEndpoints {
        Objects.requireNonNull(openIdMetadataUrl, "openIdMetadataUrl");
        Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
    }

    /**
     * {@code MICROSOFT_OPENID_METADATA_URL} and {@code MICROSOFT_TOKEN_URL} when set (a national cloud, or a local
     * stand-in), each else Microsoft's public cloud. The token URL may hold {@value #TENANT}.
     */
    public static TeamsEndpoints from(Settings settings) {
        TeamsEndpoints defaults = microsoft();
        return new TeamsEndpoints(settings.microsoftOpenIdMetadataUrl().orElse(defaults.openIdMetadataUrl()),
                settings.microsoftTokenUrl().orElse(defaults.tokenEndpoint()));
    }

    /** Microsoft's public cloud: what a real deployment talks to. */
    public static TeamsEndpoints microsoft() {
        return new TeamsEndpoints(AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
                MICROSOFT_TOKEN_ENDPOINT);
    }

    /** The token endpoint for one tenant. */
    public URI tokenEndpointFor(String tenant) {
        return URI.create(tokenEndpoint.replace(TENANT, tenant));
    }
}
