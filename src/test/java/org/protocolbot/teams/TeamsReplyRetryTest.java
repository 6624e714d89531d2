package org.protocolbot.teams;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.protocolbot.delivery.RecordingScheduler;
import org.protocolbot.delivery.RetriedSend;

/**
 * The Bot Connector failing while the bot replies: a transient failure (5xx, 429, a dropped connection) is retried
 * with growing pauses and the answer is delivered, not lost; what cannot be retried ends in the apology. The pauses
 * are recorded rather than waited out (one test waits for real), so the backoff itself is asserted exactly.
 */
class TeamsReplyRetryTest extends TeamsHarness {

    private static final String REPLIES = BotFrameworkStandIn.SERVICE_PATH + "v3/conversations/[^/]+/activities/[^/]+";
    /** botbuilder's own HTTP client sends a request up to four times at once on 408 or 5xx before giving up. */
    private static final int BOTBUILDER_SENDS_PER_ATTEMPT = 4;

    private final RecordingScheduler scheduler = new RecordingScheduler();

    @BeforeEach
    void recordPauses() {
        restartWith(TeamsRetry.scheduledBy(scheduler));
    }

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void anOutageLongerThanBotbuildersOwnRetriesIsBridgedByOnePauseAndTheCardArrives() {
        connectorAnswers(status(503), status(503), status(503), status(503), status(503));

        assertEquals(200, postSigned(lookup()).statusCode());

        assertEquals(List.of(Duration.ofMillis(500)), scheduler.pauses());
        assertDeliveredAfter(5);
    }

    @Test
    void aLongerOutageGetsDoublingPauses() {
        ResponseDefinitionBuilder[] failures = new ResponseDefinitionBuilder[2 * BOTBUILDER_SENDS_PER_ATTEMPT + 1];
        for (int i = 0; i < failures.length; i++) {
            failures[i] = status(i % 2 == 0 ? 502 : 500);
        }
        connectorAnswers(failures);

        postSigned(lookup());

        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1)), scheduler.pauses());
        assertDeliveredAfter(failures.length);
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheRetryAfterTheConnectorAsksFor() {
        connectorAnswers(status(429).withHeader("Retry-After", "2"));

        postSigned(lookup());

        assertEquals(List.of(Duration.ofSeconds(2)), scheduler.pauses(), "Retry-After (2 s) is longer than the first pause (0.5 s)");
        assertDeliveredAfter(1);
    }

    @Test
    void aDroppedConnectionIsRetried() {
        connectorAnswers(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

        postSigned(lookup());

        assertEquals(List.of(Duration.ofMillis(500)), scheduler.pauses());
        assertDeliveredAfter(1);
    }

    @Test
    void aRetryAfterLongerThanTheBotFrameworkWaitsIsNotWaitedForAndTheUserGetsTheApology() {
        connectorAnswers(status(429).withHeader("Retry-After", "60"));

        postSigned(lookup());

        assertEquals(List.of(), scheduler.pauses());
        assertEquals(1, cardSends().size(), "the card was sent once");
        assertTrue(apology().isPresent(), "the user is told to try again");
    }

    @Test
    void aCardTeamsRejectsIsNotRetried() {
        connectorAnswers(status(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"code\": \"BadArgument\", \"message\": \"Unknown attachment type\"}}"));

        postSigned(lookup());

        assertEquals(List.of(), scheduler.pauses());
        assertEquals(1, cardSends().size());
        assertTrue(apology().isPresent());
    }

    @Test
    void whenTheConnectorStaysDownEveryAttemptIsMadeThenTheTurnFailsAsBefore() {
        MICROSOFT.stubFor(post(urlPathMatching(REPLIES)).willReturn(status(503)));

        assertEquals(200, postSigned(lookup()).statusCode());

        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2)), scheduler.pauses());
        assertEquals(TeamsRetry.POLICY.attempts() * BOTBUILDER_SENDS_PER_ATTEMPT, cardSends().size());
    }

    @Test
    void withRealPausesTheCardStillArrives() {
        restartWith(TeamsRetry.standard());
        connectorAnswers(status(503), status(503), status(503), status(503), status(503));

        assertEquals(200, postSigned(lookup()).statusCode());

        assertDeliveredAfter(5);
    }

    @Test
    void pausesDoubleUpToTheMaximum() {
        RetriedSend.Policy policy = TeamsRetry.POLICY;
        assertEquals(List.of(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(4)), List.of(policy.backoffBefore(2), policy.backoffBefore(3), policy.backoffBefore(4),
                policy.backoffBefore(5), policy.backoffBefore(6)));
    }

    /** The Bot Connector answers the given responses to the first replies, in order, then 200 to every later one. */
    private void connectorAnswers(ResponseDefinitionBuilder... first) {
        for (int i = 0; i < first.length; i++) {
            MICROSOFT.stubFor(post(urlPathMatching(REPLIES)).inScenario("connector")
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after " + i)
                    .willReturn(first[i]).willSetStateTo("after " + (i + 1)));
        }
        MICROSOFT.stubFor(post(urlPathMatching(REPLIES)).inScenario("connector")
                .whenScenarioStateIs("after " + first.length).willReturn(okJson("{\"id\": \"1700000009999\"}")));
    }

    /** The card was sent {@code failures + 1} times, the same card each time, and no apology was needed. */
    private void assertDeliveredAfter(int failures) {
        List<JsonNode> cards = cardSends();
        assertEquals(failures + 1, cards.size(), "every failed send, then the one that got through");
        JsonNode expected = AnswerCard.render(bot.chat().respond("leeds 7.4", Optional.empty(), "")).get("body");
        assertEquals(expected, cards.get(0).at("/attachments/0/content/body"), "the answer to the message");
        for (JsonNode card : cards) {
            assertEquals(cards.get(0).at("/attachments/0/content"), card.at("/attachments/0/content"),
                    "each attempt sends the same card");
        }
        assertEquals(Optional.empty(), apology(), "the answer got through, so no apology");
    }

    private List<JsonNode> cardSends() {
        return microsoft.replies().stream().map(BotFrameworkStandIn::json).filter(r -> r.has("attachments")).toList();
    }

    private Optional<String> apology() {
        return microsoft.replies().stream().map(BotFrameworkStandIn::json).filter(r -> !r.has("attachments"))
                .map(r -> r.path("text").asText()).findFirst();
    }

    private static ResponseDefinitionBuilder status(int status) {
        return aResponse().withStatus(status);
    }

    private String lookup() {
        return TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", "leeds 7.4");
    }
}
