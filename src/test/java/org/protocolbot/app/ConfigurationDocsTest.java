package org.protocolbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/configuration.md holds the {@link Setting} table itself, so the docs cannot drift from the code. */
class ConfigurationDocsTest {

    static final String START = "<!-- settings table: generated from app/Setting.java, checked by ConfigurationDocsTest -->\n";
    static final String END = "<!-- end of settings table -->";

    @Test
    void theDocsTableIsTheSettingTable() throws IOException {
        String docs = Files.readString(Path.of("docs", "configuration.md"));
        int start = docs.indexOf(START);
        int end = docs.indexOf(END);
        assertTrue(start >= 0 && end > start, "docs/configuration.md must hold the markers around the table");
        assertEquals(Setting.markdownTable(), docs.substring(start + START.length(), end),
                "replace the table in docs/configuration.md with Setting.markdownTable() (this test's expected value)");
    }
}
