package org.protocolbot.teams;

import org.protocolbot.chat.Wording;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;

/**
 * What an Adaptive Card built from any answer must look like to Teams: valid JSON with only the card's own fields,
 * no actions but the feedback submits, and TextBlock texts in which nothing that Teams' Markdown would turn into a tag, a mention, a link or a
 * date function is left unescaped.
 */
final class CardMarkupCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Characters that may appear only escaped (after a backslash) in card text. */
    private static final Set<Character> MUST_BE_ESCAPED = Set.of('<', '>', '[', ']');

    private CardMarkupCheck() {
    }

    static void assertSafeCard(JsonNode card) {
        try {
            assertEquals(card, JSON.readTree(JSON.writeValueAsString(card)), "the card survives a JSON round trip");
        } catch (IOException e) {
            throw new AssertionError("card is not serialisable: " + card, e);
        }
        List<String> fields = StreamSupport.stream(((Iterable<String>) card::fieldNames).spliterator(), false).toList();
        assertEquals(List.of("type", "$schema", "version", "fallbackText", "body"), fields.subList(0, Math.min(5, fields.size())));
        assertTrue(fields.size() == 5 || (fields.size() == 6 && fields.get(5).equals("actions")), fields::toString);
        assertEquals("AdaptiveCard", card.path("type").asText());
        // The only actions are the feedback buttons: submits back to the bot, never a link to open.
        for (JsonNode action : card.path("actions")) {
            assertEquals("Action.Submit", action.path("type").asText(), action::toString);
            assertTrue(Set.of(Wording.HELPFUL, Wording.NOT_HELPFUL).contains(action.path("title").asText()), action::toString);
        }
        for (JsonNode node : card.path("body").findParents("type")) {
            String type = node.path("type").asText();
            assertTrue(Set.of("TextBlock", "Container", "RichTextBlock", "TextRun").contains(type),
                    () -> "unexpected element " + node);
            if (type.equals("TextBlock")) {
                assertTextEscaped(node.path("text").asText());
            }
            if (type.equals("TextRun")) {
                // RichTextBlock has no Markdown: a TextRun shows its characters as they are, so only its fields matter.
                assertTrue(Set.of("type", "text", "weight").containsAll(
                        StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList()), node::toString);
            }
        }
    }

    /** Walks the Markdown escapes: a backslash escapes the next character; nothing dangerous may stand unescaped. */
    static void assertTextEscaped(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            int at = i;
            assertFalse(MUST_BE_ESCAPED.contains(c), () -> "unescaped '" + c + "' at " + at + " in card text: " + text);
        }
        assertFalse(text.contains("{{"), () -> "a date function could run: " + text);
    }
}
