package org.protocolbot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The bot's own token: fetched once, reused until five minutes before it expires, refusals explained. */
class ClientCredentialsTeamsTest {

    @RegisterExtension
    static final WireMockExtension LOGIN = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PATH = "/botframework.com/oauth2/v2.0/token";
    private final MovableClock clock = new MovableClock(Instant.parse("2024-05-01T09:00:00Z"));

    @Test
    void tokenIsReusedUntilFiveMinutesBeforeItExpires() throws Exception {
        LOGIN.stubFor(post(urlPathEqualTo(PATH)).willReturn(okJson(
                "{\"token_type\": \"Bearer\", \"expires_in\": 3600, \"access_token\": \"token-1\"}")));
        ClientCredentialsAuthenticator authenticator = authenticator();

        assertEquals("token-1", authenticator.acquireToken().get().accessToken());
        clock.advance(Duration.ofMinutes(54));
        authenticator.acquireToken().get();
        assertEquals(1, LOGIN.findAll(postRequestedFor(urlPathEqualTo(PATH))).size(), "still fresh at 54 minutes");

        clock.advance(Duration.ofMinutes(2));
        authenticator.acquireToken().get();
        assertEquals(2, LOGIN.findAll(postRequestedFor(urlPathEqualTo(PATH))).size(), "renewed at 56 minutes");
    }

    @Test
    void refusalFailsWithTheServersReasonButNotTheSecret() {
        LOGIN.stubFor(post(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"invalid_client\", \"error_description\": \"AADSTS7000215: Invalid client secret provided.\"}")));

        ExecutionException failure = assertThrows(ExecutionException.class, () -> authenticator().acquireToken().get());

        assertInstanceOf(AuthenticationException.class, failure.getCause());
        String message = failure.getCause().getMessage();
        assertTrue(message.contains("HTTP 401 invalid_client AADSTS7000215"), message);
        assertFalse(message.contains(BotFrameworkStandIn.APP_PASSWORD), message);
    }

    private ClientCredentialsAuthenticator authenticator() {
        return new ClientCredentialsAuthenticator(URI.create(LOGIN.baseUrl() + PATH), BotFrameworkStandIn.APP_ID,
                BotFrameworkStandIn.APP_PASSWORD, "https://api.botframework.com/.default", clock);
    }

    /** A clock the test moves by hand, so expiry is tested without waiting or reading the wall clock. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
