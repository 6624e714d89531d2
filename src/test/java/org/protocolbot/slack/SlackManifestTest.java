package org.protocolbot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The app manifests ask Slack for exactly what the adapter handles, and both connection modes agree. */
class SlackManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void socketModeManifestDeclaresTheCommandScopesEventsAndInteractivity() throws IOException {
        JsonNode manifest = read("manifest.yml");

        assertCommonDeclarations(manifest);
        assertTrue(manifest.at("/settings/socket_mode_enabled").asBoolean());
    }

    @Test
    void httpManifestSendsEverythingToSlackEvents() throws IOException {
        JsonNode manifest = read("manifest-http.yml");

        assertCommonDeclarations(manifest);
        assertEquals(false, manifest.at("/settings/socket_mode_enabled").asBoolean());
        List<String> urls = List.of(manifest.at("/features/slash_commands/0/url").asText(),
                manifest.at("/settings/event_subscriptions/request_url").asText(),
                manifest.at("/settings/interactivity/request_url").asText());
        urls.forEach(url -> assertTrue(url.startsWith("https://") && url.endsWith("/slack/events"), url));
        assertEquals(1, urls.stream().distinct().count(), "one URL for commands, events and buttons: " + urls);
    }

    private static void assertCommonDeclarations(JsonNode manifest) {
        assertEquals("/protocol", manifest.at("/features/slash_commands/0/command").asText());
        assertEquals(List.of("commands", "chat:write", "app_mentions:read", "im:history"),
                strings(manifest.at("/oauth_config/scopes/bot")));
        assertEquals(List.of("app_mention", "message.im"), strings(manifest.at("/settings/event_subscriptions/bot_events")));
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean(), "the Post to channel button needs it");
        assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean(), "direct messages need it");
    }

    private static JsonNode read(String name) throws IOException {
        return YAML.readTree(Files.readString(Path.of("deploy", "slack", name)));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }
}
