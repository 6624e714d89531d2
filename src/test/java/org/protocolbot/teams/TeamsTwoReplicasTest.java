package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.chat.Wording;
import org.protocolbot.surface.ReplicaProcess;
import org.protocolbot.surface.TestPostgres;

/**
 * Two server processes on one PostgreSQL (PROTOCOL_TEST_POSTGRES_URL; skipped without it), both given the same
 * Teams activity, as when the Bot Framework redelivers it and the load balancer picks the other replica: one reply;
 * and one user's activities spread over both count against one budget.
 */
class TeamsTwoReplicasTest extends TeamsHarness {

    @Test
    void theSameActivityDeliveredToTwoReplicasIsAnsweredOnce() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip()) {
            theSameActivityIsAnsweredOnceOn(postgres.url());
        }
    }

    @Test
    void aUserWhoseActivitiesGoToBothReplicasHasOneBudgetBetweenThem() throws Exception {
        try (TestPostgres postgres = TestPostgres.freshSchemaOrSkip();
                ReplicaProcess one = ReplicaProcess.start(env(postgres.url(), "2"));
                ReplicaProcess two = ReplicaProcess.start(env(postgres.url(), "2"))) {
            Map<String, String> auth = Map.of("Authorization", "Bearer " + microsoft.channelToken());
            // Each replica alone sees at most two of the three: only a shared budget holds back the third.
            List<ReplicaProcess> route = List.of(one, two, one);
            ReplicaProcess.awaitMostOfAMinuteLeft();
            for (int i = 0; i < route.size(); i++) {
                String activity = TeamsActivities.personalMessage(microsoft.serviceUrl(), "170000091000" + i, "kirklees 6.3");
                assertEquals(200, route.get(i).post("/api/messages", "application/json", activity, auth).statusCode(),
                        route.get(i).output());
            }

            List<String> replies = microsoft.replies().stream().map(LoggedRequest::getBodyAsString).toList();
            assertEquals(3, replies.size(), one.output() + two.output());
            assertFalse(replies.get(0).contains(Wording.TOO_MANY_QUESTIONS), replies.get(0));
            assertFalse(replies.get(1).contains(Wording.TOO_MANY_QUESTIONS), replies.get(1));
            assertTrue(replies.get(2).contains(Wording.TOO_MANY_QUESTIONS), "the third question: " + replies.get(2));
        }
    }

    private Map<String, String> env(String databaseUrl, String questionsPerMinute) {
        return Map.of("MICROSOFT_APP_ID", BotFrameworkStandIn.APP_ID,
                "MICROSOFT_APP_PASSWORD", BotFrameworkStandIn.APP_PASSWORD,
                "MICROSOFT_OPENID_METADATA_URL", microsoft.endpoints().openIdMetadataUrl(),
                "MICROSOFT_TOKEN_URL", microsoft.endpoints().tokenEndpoint(),
                "PROTOCOL_DATABASE_URL", databaseUrl, "PROTOCOL_QUESTIONS_PER_MINUTE", questionsPerMinute);
    }

    private void theSameActivityIsAnsweredOnceOn(String url) throws Exception {
        Map<String, String> env = env(url, "120");
        try (ReplicaProcess one = ReplicaProcess.start(env); ReplicaProcess two = ReplicaProcess.start(env)) {
            String activity = TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000900001", "leeds 7.4");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + microsoft.channelToken());

            assertEquals(200, one.post("/api/messages", "application/json", activity, auth).statusCode(), one.output());
            assertEquals(200, two.post("/api/messages", "application/json", activity, auth).statusCode(), two.output());

            assertEquals(1, microsoft.replies().size(), one.output() + two.output());
        }
    }
}
