package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.chat.Wording;

/**
 * Slack's own payload shapes (src/test/resources/slack), replayed signed through real Bolt with WireMock as Slack:
 * a slash command, an app_mention, a message.im with a file, and a block_actions click.
 */
class SlackFixturesTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");

    @Test
    void aSlashCommandIsAnsweredPrivatelyThroughItsResponseUrl() {
        String form = fixture("slash_command.form").strip()
                .replace("${RESPONSE_URL}", URLEncoder.encode(rig.responseUrl("fixture-command"), StandardCharsets.UTF_8));

        assertEquals(200, rig.signedPost("application/x-www-form-urlencoded", form, Map.of()).statusCode());

        List<JsonNode> posts = rig.responseUrlPosts("fixture-command");
        assertEquals(1, posts.size(), posts::toString);
        assertEquals("ephemeral", posts.get(0).path("response_type").asText());
        assertTrue(posts.get(0).path("text").asText().contains("Leeds City Council, clause 7.4"), posts.get(0)::toString);
    }

    @Test
    void anAppMentionIsAnsweredInItsThread() {
        String ts = "1700001000.000100";
        assertEquals(200, rig.event(fixture("app_mention.json").replace("${TS}", ts), Map.of()).statusCode());

        Map<String, String> posted = single(rig.postedMessages());
        assertEquals(SlackTestRig.CHANNEL, posted.get("channel"));
        assertEquals(ts, posted.get("thread_ts"));
        assertTrue(posted.get("text").contains("Leeds City Council, clause 7.4"), posted.get("text"));
    }

    @Test
    void aDirectMessageWithAFileIsAnsweredFromItsText() {
        String ts = "1700001100.000100";
        assertEquals(200, rig.event(fixture("message_im_file_share.json").replace("${TS}", ts), Map.of()).statusCode());

        Map<String, String> posted = single(rig.postedMessages());
        assertEquals("D0DIRECT", posted.get("channel"));
        assertEquals(ts, posted.get("thread_ts"));
        assertTrue(posted.get("text").startsWith("Here is what the Kirklees Council protocol says:"), posted.get("text"));
    }

    @Test
    void aBlockActionsClickIsRecordedAndThanked() {
        int before = rig.feedback.feedbackSince(Instant.EPOCH).size();
        String value = SlackSlashCommandTest.feedbackFor(rig.feedback.signer(), "can an officer attend a party group meeting?");
        String payload = fixture("block_actions.json")
                .replace("${RESPONSE_URL}", rig.responseUrl("fixture-click"))
                .replace("${ACTION_ID}", FeedbackButtons.HELPFUL)
                .replace("${VALUE}", JsonNodeFactory.instance.textNode(value).toString());
        String form = "payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8);

        HttpResponse<String> ack = rig.signedPost("application/x-www-form-urlencoded", form, Map.of());

        assertEquals(200, ack.statusCode());
        assertEquals(Wording.THANKS, rig.responseUrlPosts("fixture-click").get(0).path("text").asText());
        assertEquals(before + 1, rig.feedback.feedbackSince(Instant.EPOCH).size());
    }

    static String fixture(String name) {
        try (InputStream in = SlackFixturesTest.class.getResourceAsStream("/slack/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> single(List<Map<String, String>> posts) {
        assertEquals(1, posts.size(), posts::toString);
        return posts.get(0);
    }
}
