package org.protocolbot.teams;

import org.protocolbot.chat.Wording;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Failures while answering: the user gets an apology with a reference, the log the details, never the password. */
class TeamsErrorsTest extends TeamsHarness {

    private static final Pattern REFERENCE = Pattern.compile("quote reference ([0-9a-f]{8})\\.");

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLog() {
        log.start();
        root.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        root.detachAppender(log);
    }

    @Test
    void whenTheCardIsRejectedTheUserGetsAnApologyWithTheReferenceThatIsInTheLog() {
        // Teams answers 400 BadArgument to a card it will not show; the plain-text apology still gets through.
        MICROSOFT.stubFor(post(urlPathMatching(".*/v3/conversations/.*"))
                .withRequestBody(containing(AnswerCard.CONTENT_TYPE))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\": {\"code\": \"BadArgument\", \"message\": \"Unknown attachment type\"}}")));

        assertEquals(200, postSigned(lookup()).statusCode());

        assertEquals(2, microsoft.replies().size(), "the rejected card, then the apology");
        JsonNode apology = microsoft.replies().stream().map(BotFrameworkStandIn::json)
                .filter(reply -> !reply.has("attachments")).findFirst()
                .orElseThrow(() -> new AssertionError("no apology among " + microsoft.replies()));
        String text = apology.path("text").asText();
        Matcher reference = REFERENCE.matcher(text);
        assertTrue(reference.find(), "apology quotes a reference: " + text);
        assertEquals(Wording.failure(reference.group(1)), text);
        ILoggingEvent logged = errorLoggedWith("[ref=" + reference.group(1) + "]");
        assertTrue(logged.getThrowableProxy() != null, "the log keeps the failure's details");
        assertPasswordNeverLogged();
    }

    @Test
    void whenTheTokenEndpointRefusesTheBotTheCauseIsLoggedWithoutThePassword() {
        MICROSOFT.stubFor(post(urlPathMatching(".*/oauth2/v2.0/token")).willReturn(aResponse().withStatus(401)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": \"invalid_client\", \"error_description\": \"AADSTS7000215: Invalid client secret provided.\"}")));

        assertEquals(200, postSigned(lookup()).statusCode());

        assertTrue(microsoft.replies().isEmpty(), "nothing can be posted without a bot token");
        assertTrue(microsoft.tokenRequests().size() >= 1);
        ILoggingEvent logged = errorLoggedWith("Teams turn failed [ref=");
        assertTrue(throwableMessages(logged).contains("invalid_client"), "the log says why: " + throwableMessages(logged));
        assertPasswordNeverLogged();
    }

    private String lookup() {
        return TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", "leeds 7.4");
    }

    private ILoggingEvent errorLoggedWith(String fragment) {
        return events().stream()
                .filter(e -> e.getLevel().toString().equals("ERROR") && e.getFormattedMessage().contains(fragment))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no ERROR log containing " + fragment));
    }

    private void assertPasswordNeverLogged() {
        for (ILoggingEvent event : events()) {
            assertFalse(event.getFormattedMessage().contains(BotFrameworkStandIn.APP_PASSWORD), event.toString());
            assertFalse(throwableMessages(event).contains(BotFrameworkStandIn.APP_PASSWORD), event.toString());
        }
    }

    private List<ILoggingEvent> events() {
        return List.copyOf(log.list);
    }

    private static String throwableMessages(ILoggingEvent event) {
        StringBuilder out = new StringBuilder();
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            out.append(t.getClassName()).append(": ").append(t.getMessage()).append('\n');
        }
        return out.toString();
    }
}
