package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bot Framework authentication through the real botbuilder adapter: the incoming JWT's signature is checked
 * against the keys in the OpenID metadata WireMock serves, its issuer and audience against this bot; the bot's own
 * token for replying comes from the token endpoint.
 */
class TeamsAuthenticationTest extends TeamsHarness {

    @Test
    void requestWithoutAuthorizationHeaderGets401AndNoReply() {
        HttpResponse<String> response = postWithToken(lookup(), Optional.empty());

        assertEquals(401, response.statusCode());
        assertEquals("", response.body());
        assertTrue(microsoft.replies().isEmpty(), "nothing may be posted for an unauthenticated request");
        assertTrue(microsoft.tokenRequests().isEmpty(), "no bot token is fetched for an unauthenticated request");
    }

    @Test
    void tokenForAnotherBotGets401AndNoReply() {
        String otherBot = microsoft.channelToken("11111111-2222-3333-4444-555555555555", microsoft.serviceUrl(),
                Duration.ofHours(1), BotFrameworkStandIn.channelPrivateKey());

        HttpResponse<String> response = postWithToken(lookup(), Optional.of(otherBot));

        assertEquals(401, response.statusCode());
        assertTrue(microsoft.replies().isEmpty());
    }

    @Test
    void tokenSignedWithAKeyMicrosoftNeverPublishedGets401AndNoReply() {
        String forged = microsoft.channelToken(BotFrameworkStandIn.APP_ID, microsoft.serviceUrl(), Duration.ofHours(1),
                BotFrameworkStandIn.foreignKey());

        HttpResponse<String> response = postWithToken(lookup(), Optional.of(forged));

        assertEquals(401, response.statusCode());
        assertTrue(microsoft.replies().isEmpty());
    }

    @Test
    void expiredTokenGets401AndNoReply() {
        String expired = microsoft.channelToken(BotFrameworkStandIn.APP_ID, microsoft.serviceUrl(),
                Duration.ofHours(-1), BotFrameworkStandIn.channelPrivateKey());

        assertEquals(401, postWithToken(lookup(), Optional.of(expired)).statusCode());
        assertTrue(microsoft.replies().isEmpty());
    }

    @Test
    void tokenIssuedForAnotherServiceUrlGets401SoTheBotTokenIsNeverSentThere() {
        String elsewhere = microsoft.channelToken(BotFrameworkStandIn.APP_ID, "https://smba.trafficmanager.net/emea/",
                Duration.ofHours(1), BotFrameworkStandIn.channelPrivateKey());

        assertEquals(401, postWithToken(lookup(), Optional.of(elsewhere)).statusCode());
        assertTrue(microsoft.replies().isEmpty());
        assertTrue(microsoft.tokenRequests().isEmpty());
    }

    @Test
    void validTokenIsAnsweredWithTheBotsOwnTokenFromTheTokenEndpoint() {
        HttpResponse<String> response = postSigned(lookup());

        assertEquals(200, response.statusCode());
        LoggedRequest tokenRequest = onlyTokenRequest();
        assertEquals("/botframework.com/oauth2/v2.0/token", tokenRequest.getUrl());
        Map<String, String> form = FormBody.parse(tokenRequest.getBodyAsString());
        assertEquals(Map.of(
                "grant_type", "client_credentials",
                "client_id", BotFrameworkStandIn.APP_ID,
                "client_secret", BotFrameworkStandIn.APP_PASSWORD,
                "scope", "https://api.botframework.com/.default"), form);
        assertEquals("Bearer " + BotFrameworkStandIn.BOT_TOKEN, microsoft.onlyReply().getHeader("Authorization"));
    }

    @Test
    void theBotTokenIsReusedForLaterReplies() {
        postSigned(lookup());
        postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000002", "kirklees 7.4"));

        assertEquals(2, microsoft.replies().size());
        assertEquals(1, microsoft.tokenRequests().size());
    }

    @Test
    void singleTenantBotGetsItsTokenFromItsOwnTenant() {
        restartWith(Map.of("MICROSOFT_APP_TENANT_ID", "contoso-tenant-id"));

        postSigned(lookup());

        assertEquals("/contoso-tenant-id/oauth2/v2.0/token", onlyTokenRequest().getUrl());
    }

    private String lookup() {
        return TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", "leeds 7.4");
    }

    private LoggedRequest onlyTokenRequest() {
        assertEquals(1, microsoft.tokenRequests().size());
        return microsoft.tokenRequests().get(0);
    }
}
