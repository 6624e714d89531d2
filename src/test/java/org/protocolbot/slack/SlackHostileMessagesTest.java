package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolbot.hardening.HostileText;
import org.protocolbot.hardening.RenderedText;

/**
 * Hostile text through the real Slack adapter, end to end: as a /protocol command and as an @mention, every
 * renderer-targeted markup, control characters, bidi marks, emoji, a lone surrogate and a very long message each
 * get exactly one reply, whose notification text and blocks carry nothing Slack would turn into a mention or link.
 */
class SlackHostileMessagesTest {

    @RegisterExtension
    static final SlackTestRig rig = SlackTestRig.perClass(null);

    private static final AtomicInteger EVENTS = new AtomicInteger();

    static Stream<String> hostileMessages() {
        List<String> messages = new ArrayList<>(HostileText.MARKUP);
        messages.addAll(List.of("\u0001\u0002\u0007", "\u202Eleeds 7.4", "leeds\u200B 7.4", "Can officers\u2028attend?",
                "👩‍👩‍👧‍👦🏳️‍🌈🇬🇧", "\uD800 lone surrogate", "search <!channel> need to know", "<@U123> leeds 7.4",
                "leeds <script>alert(1)</script>", "help <!here>", "compare <!everyone>",
                "Can officers attend party group meetings? ".repeat(400)));
        return messages.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileMessages")
    void aSlashCommandGetsOneSafeReply(String text) throws IOException {
        HttpResponse<String> ack = rig.slashCommand("/protocol", text, "hostile");

        assertEquals(200, ack.statusCode());
        List<JsonNode> posts = rig.responseUrlPosts("hostile");
        assertEquals(1, posts.size(), () -> "one reply: " + posts);
        JsonNode reply = posts.get(0);
        SlackMarkupCheck.assertSafe(reply.path("text").asText(), reply.path("blocks").toString());
        RenderedText.assertNoStackTrace(reply.toString());
    }

    @ParameterizedTest
    @MethodSource("hostileMessages")
    void aMentionGetsOneSafeReplyInItsThread(String text) throws IOException {
        String ts = "1700007000.%06d".formatted(EVENTS.incrementAndGet());
        rig.event(SlackTestRig.eventCallback("EvH" + ts, "{\"type\":\"app_mention\",\"channel\":\"" + SlackTestRig.CHANNEL
                + "\",\"user\":\"" + SlackTestRig.USER + "\",\"text\":" + quoted("<@" + SlackTestRig.BOT_USER
                + "> " + text) + ",\"ts\":\"" + ts + "\"}"), Map.of());

        List<Map<String, String>> posts = rig.postedMessages();
        assertEquals(1, posts.size(), () -> "one reply: " + posts);
        assertEquals(ts, posts.get(0).get("thread_ts"));
        SlackMarkupCheck.assertSafe(posts.get(0).get("text"), posts.get(0).get("blocks"));
        RenderedText.assertNoStackTrace(posts.get(0).toString());
    }

    private static String quoted(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }
}
