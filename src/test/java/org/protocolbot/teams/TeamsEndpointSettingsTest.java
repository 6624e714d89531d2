package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.GovernmentAuthenticationConstants;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.app.Settings;

/**
 * MICROSOFT_OPENID_METADATA_URL and MICROSOFT_TOKEN_URL move the Bot Framework endpoints (a national cloud, or a
 * local stand-in); the server's adapter, built from settings alone, then checks tokens and gets its own there.
 */
class TeamsEndpointSettingsTest extends TeamsHarness {

    @Test
    void withoutTheSettingsMicrosoftsPublicCloudIsUsed() {
        TeamsEndpoints endpoints = TeamsEndpoints.from(Settings.empty());
        assertEquals(AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL, endpoints.openIdMetadataUrl());
        assertEquals(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"),
                endpoints.tokenEndpointFor("botframework.com"));
    }

    @Test
    void theSettingsNameBothEndpoints() {
        TeamsEndpoints endpoints = TeamsEndpoints.from(Settings.fromEnv(Map.of(
                "MICROSOFT_OPENID_METADATA_URL", GovernmentAuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL,
                "MICROSOFT_TOKEN_URL", "https://login.microsoftonline.us/{tenant}/oauth2/v2.0/token")));
        assertEquals(GovernmentAuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL, endpoints.openIdMetadataUrl());
        assertEquals(URI.create("https://login.microsoftonline.us/botframework.com/oauth2/v2.0/token"),
                endpoints.tokenEndpointFor("botframework.com"));
    }

    @Test
    void anAdapterBuiltFromSettingsAloneValidatesAndRepliesThroughTheConfiguredEndpoints() {
        Map<String, String> env = new HashMap<>();
        env.put("MICROSOFT_OPENID_METADATA_URL", microsoft.endpoints().openIdMetadataUrl());
        env.put("MICROSOFT_TOKEN_URL", microsoft.endpoints().tokenEndpoint());
        Settings settings = settings(env);
        try (TeamsServer server = new TeamsServer(TeamsAdapter.create(bot, settings, feedback))) {
            assertEquals(200, server.post(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000555", "leeds 7.4"),
                    Optional.of(microsoft.channelToken())).statusCode());
        }
        assertEquals(1, microsoft.replies().size());
        assertEquals(1, microsoft.tokenRequests().size(), "the bot's token came from the configured token URL");
    }
}
