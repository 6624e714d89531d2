package org.protocolbot.teams;

import org.protocolbot.chat.Surface;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.protocolbot.hardening.HostileText;
import org.protocolbot.hardening.RenderedText;

/**
 * Hostile messages through the real Teams adapter, end to end: in a personal chat and as a channel @mention, every
 * renderer-targeted markup, control characters, bidi marks, emoji and a very long message each get exactly one
 * reply, a safe card (valid, no actions, nothing unescaped); in a personal chat, the card of the core's answer to
 * exactly that text.
 */
class TeamsHostileMessagesTest extends TeamsHarness {

    static Stream<String> hostileMessages() {
        List<String> messages = new ArrayList<>(HostileText.MARKUP);
        messages.addAll(List.of("\u0001\u0002\u0007", "\u202Eleeds 7.4", "leeds\u200B 7.4", "Can officers\u2028attend?",
                "👩‍👩‍👧‍👦🏳️‍🌈🇬🇧", "\uD800 lone surrogate", "search <!channel> need to know", "<@U123> leeds 7.4",
                "leeds <script>alert(1)</script>", "Can officers attend party group meetings? ".repeat(400)));
        return messages.stream();
    }

    @ParameterizedTest
    @MethodSource("hostileMessages")
    void aPersonalMessageGetsOneSafeCard(String text) {
        assertEquals(200, postSigned(TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", text))
                .statusCode());

        assertSafeReplyTo(text);
        String arrived = TeamsMentions.withoutMentions(activity(
                TeamsActivities.personalMessage(microsoft.serviceUrl(), "1700000000001", text)));
        assertEquals(AnswerCard.render(bot.chat().respond(arrived, Optional.empty(), Surface.TEAMS_PERSONAL)).get("body"),
                postedCard().get("body"), "the answer is the core's for what arrived");
    }

    @ParameterizedTest
    @MethodSource("hostileMessages")
    void aChannelMentionGetsOneSafeCard(String text) {
        assertEquals(200, postSigned(TeamsActivities.channelMention(microsoft.serviceUrl(), "1700000000002", text))
                .statusCode());

        assertSafeReplyTo(text);
    }

    /** Exactly one reply, a card, safe; for a mention, botbuilder's mention removal decides what text arrives. */
    private void assertSafeReplyTo(String text) {
        JsonNode card = postedCard();
        CardMarkupCheck.assertSafeCard(card);
        RenderedText.assertSafe(card.path("fallbackText").asText());
    }

    private static com.microsoft.bot.schema.Activity activity(String json) {
        try {
            return new com.microsoft.bot.restclient.serializer.JacksonAdapter().deserialize(json,
                    com.microsoft.bot.schema.Activity.class);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
