package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.server.ChatAdapters;

/** SLACK_API_URL moves every Web API call (GovSlack's slack-gov.com, or a local stand-in), with Slack's as default. */
class SlackApiUrlSettingTest {

    @Test
    void theServersSlackAdapterCallsTheConfiguredWebApi() {
        WireMockServer slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestRig.SIGNING_SECRET, "SLACK_API_URL", slack.baseUrl() + "/api"));
        try (FeedbackStore feedback = TestStores.temporary()) {
            ChatAdapters adapters = ChatAdapters.fromSettings(TestBots.shared(), settings, feedback);

            assertEquals(1, adapters.health().size());
            assertTrue(adapters.health().get(0).on(), adapters.health().get(0).describe());
            assertTrue(slack.findAll(postRequestedFor(urlEqualTo("/api/auth.test"))).size() >= 1,
                    "auth.test went to the configured URL, with the slash Bolt needs added");
        } finally {
            slack.stop();
        }
    }

    @Test
    void withoutTheSettingSlacksOwnWebApiIsUsed() {
        assertEquals("https://slack.com/api/", SlackEndpoints.from(Settings.empty()).webApiUrl());
        assertEquals("https://slack-gov.com/api/",
                SlackEndpoints.from(Settings.fromEnv(Map.of("SLACK_API_URL", "https://slack-gov.com/api/"))).webApiUrl());
    }
}
