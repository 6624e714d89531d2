package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.protocolbot.slack.SlackJson.context;
import static org.protocolbot.slack.SlackJson.section;
import static org.protocolbot.slack.SlackSlashCommandTest.escape;
import static org.protocolbot.slack.SlackSlashCommandTest.quoted;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.TestBots;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.corpus.Clause;

/** @mentions and direct messages through real Bolt's Events API handling; replies go to chat.postMessage. */
class SlackMessageEventsTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass("kirklees");
    private static final ProtocolBot bot = TestBots.shared();

    @Test
    void appMentionIsAnsweredInAThreadUnderTheMessage() {
        HttpResponse<String> ack = rig.event(SlackTestRig.eventCallback("Ev01", mention("1700000100.000100", null,
                "<@" + SlackTestRig.BOT_USER + "> 6.3")), Map.of());

        assertEquals(200, ack.statusCode());
        Map<String, String> posted = single(rig.postedMessages());
        assertEquals(SlackTestRig.CHANNEL, posted.get("channel"));
        assertEquals("1700000100.000100", posted.get("thread_ts"));
        Clause clause = bot.corpus().clause("kirklees", "6.3").orElseThrow();
        String label = ClauseCitation.of(clause, bot.corpus().councilName("kirklees")).label();
        assertEquals(escape("From the Kirklees Council protocol:\n\n" + label + "\n" + clause.text()), posted.get("text"));
        assertEquals(SlackJson.blocks(List.of(
                        section(":scroll: From the Kirklees Council protocol:"),
                        section(quoted(clause.text())),
                        context(":bookmark: " + escape(label)),
                        SlackJson.feedbackButtons(SlackSlashCommandTest.feedbackFor(rig.feedback.signer(), "6.3")))),
                SlackTestRig.readJson(posted.get("blocks")));
    }

    @Test
    void mentionInsideAThreadIsAnsweredInThatThread() {
        rig.event(SlackTestRig.eventCallback("Ev02", mention("1700000200.000200", "1700000150.000100",
                "<@" + SlackTestRig.BOT_USER + "> leeds 7.4")), Map.of());

        Map<String, String> posted = single(rig.postedMessages());
        assertEquals("1700000150.000100", posted.get("thread_ts"));
        assertTrue(posted.get("text").contains("clause 7.4"), posted.get("text"));
    }

    @Test
    void directMessageIsAnsweredInAThread() {
        rig.event(SlackTestRig.eventCallback("Ev03", "{\"type\":\"message\",\"channel\":\"D0DIRECT\",\"user\":\""
                + SlackTestRig.USER + "\",\"text\":\"leeds 7.4\",\"ts\":\"1700000300.000300\","
                + "\"event_ts\":\"1700000300.000300\",\"channel_type\":\"im\"}"), Map.of());

        Map<String, String> posted = single(rig.postedMessages());
        assertEquals("D0DIRECT", posted.get("channel"));
        assertEquals("1700000300.000300", posted.get("thread_ts"));
        assertTrue(posted.get("text").startsWith("From the Leeds"), posted.get("text"));
    }

    @Test
    void aDirectMessageWithAFileAttachedIsAnsweredFromItsText() {
        // message.im with subtype file_share, as Slack's Events API sends it (files trimmed to the fields Bolt reads).
        rig.event(SlackTestRig.eventCallback("Ev07", "{\"type\":\"message\",\"subtype\":\"file_share\","
                + "\"channel\":\"D0DIRECT\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"leeds 7.4\","
                + "\"files\":[{\"id\":\"F0FILE\",\"name\":\"minutes.pdf\",\"mimetype\":\"application/pdf\"}],"
                + "\"upload\":true,\"display_as_bot\":false,\"ts\":\"1700000700.000700\","
                + "\"event_ts\":\"1700000700.000700\",\"channel_type\":\"im\"}"), Map.of());

        Map<String, String> posted = single(rig.postedMessages());
        assertEquals("D0DIRECT", posted.get("channel"));
        assertEquals("1700000700.000700", posted.get("thread_ts"));
        assertTrue(posted.get("text").startsWith("From the Leeds"), posted.get("text"));
    }

    @Test
    void slackRetryOfAnAnsweredMentionGetsNoSecondAnswer() {
        String callback = SlackTestRig.eventCallback("Ev04", mention("1700000400.000400", null,
                "<@" + SlackTestRig.BOT_USER + "> 6.3"));

        HttpResponse<String> first = rig.event(callback, Map.of());
        HttpResponse<String> retry = rig.event(callback, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
        HttpResponse<String> secondRetry = rig.event(callback, Map.of("X-Slack-Retry-Num", "2", "X-Slack-Retry-Reason", "http_timeout"));

        assertEquals(List.of(200, 200, 200), List.of(first.statusCode(), retry.statusCode(), secondRetry.statusCode()),
                "retries are acknowledged so Slack stops retrying");
        assertEquals(1, rig.postedMessages().size());
    }

    @Test
    void directMessageArrivingAlsoAsMentionIsAnsweredOnce() {
        String text = "<@" + SlackTestRig.BOT_USER + "> 6.3";
        rig.event(SlackTestRig.eventCallback("Ev05", "{\"type\":\"app_mention\",\"channel\":\"D0DIRECT\",\"user\":\""
                + SlackTestRig.USER + "\",\"text\":\"" + text + "\",\"ts\":\"1700000500.000500\",\"event_ts\":\"1700000500.000500\"}"), Map.of());
        rig.event(SlackTestRig.eventCallback("Ev06", "{\"type\":\"message\",\"channel\":\"D0DIRECT\",\"user\":\""
                + SlackTestRig.USER + "\",\"text\":\"" + text + "\",\"ts\":\"1700000500.000500\","
                + "\"event_ts\":\"1700000500.000500\",\"channel_type\":\"im\"}"), Map.of());

        assertEquals(1, rig.postedMessages().size());
    }

    @Test
    void botMessagesAndMessageSubtypesAreNeverAnswered() {
        HttpResponse<String> ownReply = rig.event(SlackTestRig.eventCallback("Ev07", "{\"type\":\"message\",\"channel\":\"D0DIRECT\","
                + "\"user\":\"" + SlackTestRig.BOT_USER + "\",\"bot_id\":\"B0BOT\",\"text\":\"From the Kirklees Council protocol:\","
                + "\"ts\":\"1700000600.000600\",\"channel_type\":\"im\"}"), Map.of());
        HttpResponse<String> otherBot = rig.event(SlackTestRig.eventCallback("Ev08", "{\"type\":\"app_mention\",\"channel\":\""
                + SlackTestRig.CHANNEL + "\",\"user\":\"U0OTHERBOT\",\"bot_id\":\"B0OTHER\",\"text\":\"<@" + SlackTestRig.BOT_USER
                + "> 6.3\",\"ts\":\"1700000700.000700\"}"), Map.of());
        HttpResponse<String> edited = rig.event(SlackTestRig.eventCallback("Ev09", "{\"type\":\"message\",\"subtype\":\"message_changed\","
                + "\"channel\":\"D0DIRECT\",\"hidden\":true,\"ts\":\"1700000800.000800\",\"channel_type\":\"im\","
                + "\"message\":{\"type\":\"message\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":\"6.3\",\"ts\":\"1700000790.000100\"}}"),
                Map.of());

        assertEquals(List.of(200, 200, 200), List.of(ownReply.statusCode(), otherBot.statusCode(), edited.statusCode()));
        assertEquals(List.of(), rig.postedMessages());
    }

    @Test
    void channelMessagesWithoutAMentionAreIgnored() {
        rig.event(SlackTestRig.eventCallback("Ev10", "{\"type\":\"message\",\"channel\":\"" + SlackTestRig.CHANNEL + "\",\"user\":\""
                + SlackTestRig.USER + "\",\"text\":\"6.3\",\"ts\":\"1700000900.000900\",\"channel_type\":\"channel\"}"), Map.of());

        assertEquals(List.of(), rig.postedMessages());
    }

    @Test
    void pingsInAMentionAreNotEchoed() {
        rig.event(SlackTestRig.eventCallback("Ev11", mention("1700001000.001000", null,
                "<@" + SlackTestRig.BOT_USER + "> <!channel> search <@U123> party group <!here>")), Map.of());

        assertEquals(1, rig.postedMessages().size());
        String sent = rig.everythingSent();
        for (String ping : List.of("<!channel>", "<!here>", "<@U123>")) {
            assertTrue(!sent.contains(ping), "echoed " + ping + " in " + sent);
        }
    }

    private static String mention(String ts, String threadTs, String text) {
        return "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL + "\",\"user\":\"" + SlackTestRig.USER
                + "\",\"text\":\"" + text + "\",\"ts\":\"" + ts + "\",\"event_ts\":\"" + ts + "\""
                + (threadTs == null ? "" : ",\"thread_ts\":\"" + threadTs + "\"") + "}";
    }

    private static Map<String, String> single(List<Map<String, String>> posts) {
        assertEquals(1, posts.size(), "exactly one reply: " + posts);
        return posts.get(0);
    }
}
