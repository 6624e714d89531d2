package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.app.Settings;

/** botbuilder's Configuration from our environment variables, and the endpoints a real deployment uses. */
class TeamsSettingsTest {

    private static final Map<String, String> ENV = Map.of(
            "MICROSOFT_APP_ID", "app-id-1",
            "MICROSOFT_APP_PASSWORD", "s3cret~password",
            "MICROSOFT_APP_TENANT_ID", "tenant-1");

    @Test
    void configurationAnswersBotbuildersKeysFromTheEnvironment() {
        SettingsConfiguration configuration = new SettingsConfiguration(Settings.fromEnv(ENV),
                new TeamsEndpoints("https://metadata.example/openid", "https://login.example/{tenant}/token"));

        assertEquals("app-id-1", configuration.getProperty("MicrosoftAppId"));
        assertEquals("s3cret~password", configuration.getProperty("MicrosoftAppPassword"));
        assertEquals("tenant-1", configuration.getProperty("MicrosoftAppTenantId"));
        assertEquals("https://metadata.example/openid", configuration.getProperty("BotOpenIdMetadata"));
        assertNull(configuration.getProperty("ChannelService"), "public cloud");
        assertArrayEquals(new String[] {"app-id-1"}, configuration.getProperties("MicrosoftAppId"));
        assertEquals(4, configuration.getProperties().size());
    }

    @Test
    void configurationNeverPrintsThePassword() {
        SettingsConfiguration configuration = new SettingsConfiguration(Settings.fromEnv(ENV), TeamsEndpoints.microsoft());

        assertFalse(configuration.toString().contains("s3cret~password"), configuration.toString());
        assertTrue(configuration.toString().contains("MicrosoftAppPassword"));
    }

    @Test
    void defaultEndpointsAreMicrosofts() {
        TeamsEndpoints microsoft = TeamsEndpoints.microsoft();

        assertEquals("https://login.botframework.com/v1/.well-known/openidconfiguration", microsoft.openIdMetadataUrl());
        assertEquals(URI.create("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token"),
                microsoft.tokenEndpointFor("botframework.com"));
        assertEquals(URI.create("https://login.microsoftonline.com/tenant-1/oauth2/v2.0/token"),
                microsoft.tokenEndpointFor("tenant-1"));
    }

    @Test
    void adapterRefusesToStartWithoutThePasswordRatherThanRunUnauthenticated() {
        Settings noPassword = Settings.fromEnv(Map.of("MICROSOFT_APP_ID", "app-id-1"));

        try (FeedbackStore feedback = TestStores.temporary()) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                    () -> TeamsAdapter.create(TestBots.shared(), noPassword, feedback));
            assertTrue(error.getMessage().contains("MICROSOFT_APP_PASSWORD"));
            assertThrows(IllegalArgumentException.class,
                    () -> TeamsAdapter.create(TestBots.shared(), Settings.empty(), feedback));
        }
    }
}
