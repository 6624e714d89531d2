package org.protocolbot.teams;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.TestBots;
import org.protocolbot.TestSigning;
import org.protocolbot.TestStores;
import org.protocolbot.answer.Answer;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;
import org.protocolbot.delivery.RetriedSend;
import org.protocolbot.feedback.FeedbackStore;

/**
 * Shared set-up for the Teams tests: WireMock as Microsoft, the real bot, a fresh adapter (so each test sees its
 * own token request) behind a real HTTP server.
 */
abstract class TeamsHarness {

    @RegisterExtension
    static final WireMockExtension MICROSOFT = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort()).build();

    final BotFrameworkStandIn microsoft = new BotFrameworkStandIn(MICROSOFT);
    final ProtocolBot bot = TestBots.shared();
    /** The adapter's feedback store: its own embedded database, with the question log on. */
    final Path feedbackDir = TestStores.newDataDir();
    FeedbackStore feedback;
    private TeamsServer server;

    @BeforeEach
    void startTeamsServer() {
        microsoft.stubMicrosoft();
        feedback = TestStores.open(feedbackDir, true);
        server = new TeamsServer(new TeamsAdapter(bot, settings(Map.of()), microsoft.endpoints(), feedback));
    }

    @AfterEach
    void stopTeamsServer() {
        server.close();
        feedback.close();
    }

    /** Restarts the server with extra environment variables on top of the app id and password. */
    void restartWith(Map<String, String> extraEnv) {
        server.close();
        server = new TeamsServer(new TeamsAdapter(bot, settings(extraEnv), microsoft.endpoints(), feedback));
    }

    /** Restarts the server with the given retry of replies (tests record its pauses instead of waiting). */
    void restartWith(RetriedSend retry) {
        server.close();
        server = new TeamsServer(new TeamsAdapter(bot, settings(Map.of()), microsoft.endpoints(), feedback, retry));
    }

    static Settings settings(Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("MICROSOFT_APP_ID", BotFrameworkStandIn.APP_ID);
        env.put("MICROSOFT_APP_PASSWORD", BotFrameworkStandIn.APP_PASSWORD);
        return Settings.fromEnv(env);
    }

    HttpResponse<String> postSigned(String activityJson) {
        return server.post(activityJson, Optional.of(microsoft.channelToken()));
    }

    HttpResponse<String> postWithToken(String activityJson, Optional<String> bearerToken) {
        return server.post(activityJson, bearerToken);
    }

    /** The card the bot sends in reply to {@code text}, with feedback buttons when the answer can be rated. */
    JsonNode expectedCard(String text) {
        Answer answer = bot.chat().respond(text, Optional.empty(), "");
        return AnswerCard.render(answer, TestSigning.offered(feedback.signer(), text, Optional.empty(), answer));
    }

    /** The card in the one reply the bot posted. */
    JsonNode postedCard() {
        JsonNode reply = BotFrameworkStandIn.json(microsoft.onlyReply());
        JsonNode attachment = reply.path("attachments").path(0);
        if (!AnswerCard.CONTENT_TYPE.equals(attachment.path("contentType").asText())) {
            throw new AssertionError("reply has no Adaptive Card: " + reply);
        }
        return attachment.path("content");
    }
}
