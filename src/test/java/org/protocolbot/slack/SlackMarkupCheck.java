package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * What a Slack message built from any answer must look like: Slack reserves only &, < and >, so none may stand
 * unescaped where Slack parses mrkdwn (or a mention such as {@code <!channel>} would ping); every mrkdwn text is
 * verbatim (or a bare @here would); Slack's block and section limits hold.
 */
final class SlackMarkupCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SlackMarkupCheck() {
    }

    /**
     * @param text       the message's plain text (notifications, screen readers), which Slack also parses
     * @param blocksJson the message's blocks as Slack receives them
     */
    static void assertSafe(String text, String blocksJson) throws IOException {
        assertNoReservedCharacters(text, "the notification text");
        JsonNode json = JSON.readTree(blocksJson);
        assertTrue(json.size() <= AnswerBlocks.MAX_BLOCKS, "at most " + AnswerBlocks.MAX_BLOCKS + " blocks");
        for (JsonNode object : json.findParents("text")) {
            JsonNode field = object.get("text");
            if (!field.isTextual()) {
                continue; // a block whose "text" is the text object itself; its own parent is checked
            }
            if (object.path("type").asText().equals("plain_text")) {
                continue; // a button label: plain text, which Slack never parses
            }
            assertEquals("mrkdwn", object.path("type").asText(), object::toString);
            assertTrue(object.path("verbatim").asBoolean(), () -> "mrkdwn must be verbatim, or @here would ping: " + object);
            assertTrue(field.asText().length() <= AnswerBlocks.MAX_SECTION_CHARS, "within Slack's section limit");
            assertNoReservedCharacters(field.asText(), "a block");
        }
    }

    private static void assertNoReservedCharacters(String text, String where) {
        assertFalse(text.contains("<"), () -> "a raw '<' in " + where + ": " + text);
        assertFalse(text.contains(">") && !onlyQuoteMarkers(text), () -> "a raw '>' in " + where + ": " + text);
        assertFalse(text.replaceAll("&(amp|lt|gt);", "").contains("&"), () -> "a raw '&' in " + where + ": " + text);
    }

    /** A block quote starts each line with "> ": the one '>' the rendering writes on purpose. */
    private static boolean onlyQuoteMarkers(String text) {
        return text.lines().map(line -> line.startsWith("> ") || line.equals(">") ? line.substring(1) : line)
                .noneMatch(line -> line.contains(">"));
    }
}
