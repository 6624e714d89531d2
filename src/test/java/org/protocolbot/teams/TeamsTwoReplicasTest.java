package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.surface.ReplicaProcess;

/**
 * Two server processes on one PostgreSQL (PROTOCOL_TEST_POSTGRES_URL; skipped without it), both given the same
 * Teams activity, as when the Bot Framework redelivers it and the load balancer picks the other replica: one reply.
 */
class TeamsTwoReplicasTest extends TeamsHarness {

    @Test
    void theSameActivityDeliveredToTwoReplicasIsAnsweredOnce() throws Exception {
        String base = System.getenv(ReplicaProcess.POSTGRES);
        assumeTrue(base != null && !base.isBlank(), ReplicaProcess.POSTGRES + " is not set: no PostgreSQL to test against");
        String schema = ReplicaProcess.newSchemaName();
        String url = ReplicaProcess.schemaUrl(base.strip(), schema);
        Map<String, String> env = Map.of("MICROSOFT_APP_ID", BotFrameworkStandIn.APP_ID,
                "MICROSOFT_APP_PASSWORD", BotFrameworkStandIn.APP_PASSWORD,
                "MICROSOFT_OPENID_METADATA_URL", microsoft.endpoints().openIdMetadataUrl(),
                "MICROSOFT_TOKEN_URL", microsoft.endpoints().tokenEndpoint(),
                "PROTOCOL_DATABASE_URL", url);
        try (ReplicaProcess one = ReplicaProcess.start(env); ReplicaProcess two = ReplicaProcess.start(env)) {
            String activity = TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000900001", "leeds 7.4");
            Map<String, String> auth = Map.of("Authorization", "Bearer " + microsoft.channelToken());

            assertEquals(200, one.post("/api/messages", "application/json", activity, auth).statusCode(), one.output());
            assertEquals(200, two.post("/api/messages", "application/json", activity, auth).statusCode(), two.output());

            assertEquals(1, microsoft.replies().size(), one.output() + two.output());
        } finally {
            ReplicaProcess.drop(base.strip(), schema);
        }
    }
}
