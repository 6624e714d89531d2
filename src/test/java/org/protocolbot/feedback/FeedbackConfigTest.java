package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** That describing the store's configuration leaks nothing; how it comes from the environment is in app.FeedbackSettingsTest. */
class FeedbackConfigTest {

    @Test
    void describingTheConfigPrintsNeitherTheDatabasePasswordNorTheSalt() {
        FeedbackConfig config = new FeedbackConfig(Path.of("data"),
                Optional.of("jdbc:postgresql://db/bot?password=hunter2"), true, Optional.of("pepper"));
        assertEquals("FeedbackConfig[database=PostgreSQL (PROTOCOL_DATABASE_URL), logQuestions=true, salt=set, "
                + "signingKey=generated]", config.toString());
        assertFalse(config.describeDatabase().contains("hunter2"));
    }

    @Test
    void describingTheConfigPrintsNotTheSigningKey() {
        FeedbackConfig config = new FeedbackConfig(Path.of("data"), Optional.empty(), false, Optional.empty(),
                Optional.of("k3y-0f-en0ugh-length"));
        assertFalse(config.toString().contains("k3y"), config.toString());
    }

    @Test
    void theEmbeddedDatabaseIsDescribedByItsDirectory() {
        FeedbackConfig config = FeedbackConfig.embedded(Path.of("/srv/bot/data"), false);
        assertEquals("embedded H2 in /srv/bot/data", config.describeDatabase());
    }
}
