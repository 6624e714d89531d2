package org.protocolbot.slack;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;
import org.protocolbot.server.BotServer;
import org.protocolbot.server.ChatAdapterMount;
import org.protocolbot.server.ChatAdapters;

/**
 * The adapter's handler behind the real {@link BotServer} (its routing, body limits, logging and metrics), as
 * {@link ChatAdapters#fromSettings} mounts it, with WireMock as Slack's Web API for Bolt's start-up auth.test.
 */
class SlackServerMountTest {

    private static final String CHALLENGE = "{\"token\":\"legacy\",\"challenge\":\"mount-check\",\"type\":\"url_verification\"}";

    @Test
    void serverPassesSlacksUrlCheckThroughOnlyWhenSigned() throws IOException, InterruptedException {
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", SlackTestRig.BOT_TOKEN,
                "SLACK_SIGNING_SECRET", SlackTestRig.SIGNING_SECRET));
        WireMockServer slack = new WireMockServer(options().dynamicPort());
        slack.start();
        SlackTestRig.stubSlack(slack);
        FeedbackStore feedback = TestStores.temporary();
        SlackAdapter adapter = new SlackAdapter(TestBots.shared(), settings, new SlackEndpoints(slack.baseUrl() + "/api/"),
                feedback);
        BotServer server = BotServer.start(TestBots.shared(), settings, 0, new ChatAdapters(
                List.of(new ChatAdapterMount("slack", "/slack/events", adapter.eventsHandler())), List.of()), feedback);
        try {
            long now = Instant.now().getEpochSecond();
            HttpResponse<String> signed = post(server, now, SlackSigning.sign(SlackTestRig.SIGNING_SECRET, now, CHALLENGE));
            HttpResponse<String> forged = post(server, now, SlackSigning.sign("not-the-secret", now, CHALLENGE));

            assertEquals(200, signed.statusCode());
            assertEquals("mount-check", signed.body());
            assertEquals(401, forged.statusCode());
        } finally {
            server.stop();
            adapter.stop();
            slack.stop();
        }
    }

    private static HttpResponse<String> post(BotServer server, long timestamp, String signature)
            throws IOException, InterruptedException {
        return SlackSigning.postEvents(server.port(), timestamp, signature, CHALLENGE);
    }
}
