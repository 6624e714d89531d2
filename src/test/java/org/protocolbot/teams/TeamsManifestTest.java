package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** deploy/teams: the app package an administrator uploads must pass Teams' validation. */
class TeamsManifestTest {

    private static final Path DIR = Path.of("deploy", "teams");

    @Test
    void manifestDeclaresTheBotInEveryScopeWithTheCommandList() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(DIR.resolve("manifest.json").toFile());

        assertEquals("1.17", manifest.path("manifestVersion").asText());
        assertTrue(manifest.path("$schema").asText().endsWith("/teams/v1.17/MicrosoftTeams.schema.json"));
        assertEquals("{{MICROSOFT_APP_ID}}", manifest.path("id").asText());
        JsonNode bot = manifest.at("/bots/0");
        assertEquals("{{MICROSOFT_APP_ID}}", bot.path("botId").asText());
        assertEquals(List.of("personal", "team", "groupChat"), texts(bot.path("scopes")));
        JsonNode commands = bot.at("/commandLists/0/commands");
        assertEquals(List.of("6.3", "leeds 7.4", "search", "councils", "help"), texts(commands, "title"));
        for (JsonNode command : commands) {
            assertTrue(command.path("title").asText().length() <= 32, "Teams limits command titles to 32");
            assertTrue(command.path("description").asText().length() <= 128, "and descriptions to 128");
        }
        assertTrue(manifest.at("/name/short").asText().length() <= 30);
        assertTrue(manifest.at("/description/short").asText().length() <= 80);
        assertEquals("color.png", manifest.at("/icons/color").asText());
        assertEquals("outline.png", manifest.at("/icons/outline").asText());
    }

    @Test
    void colorIconIs192Square() throws IOException {
        BufferedImage color = ImageIO.read(DIR.resolve("color.png").toFile());

        assertEquals(192, color.getWidth());
        assertEquals(192, color.getHeight());
    }

    @Test
    void outlineIconIs32SquareWhiteOnTransparent() throws IOException {
        BufferedImage outline = ImageIO.read(DIR.resolve("outline.png").toFile());

        assertEquals(32, outline.getWidth());
        assertEquals(32, outline.getHeight());
        int drawn = 0;
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 32; x++) {
                int argb = outline.getRGB(x, y);
                int alpha = argb >>> 24;
                if (alpha > 0) {
                    drawn++;
                    assertEquals(0xFFFFFF, argb & 0xFFFFFF, "only white may be drawn, at " + x + "," + y);
                }
            }
        }
        assertTrue(drawn > 50 && drawn < 32 * 32 / 2, "a visible outline on a transparent background: " + drawn);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.path(field).asText()));
        return out;
    }
}
