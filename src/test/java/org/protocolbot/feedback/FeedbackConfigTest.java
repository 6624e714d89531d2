package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.protocolbot.app.Settings;

/** How the store's configuration comes from the environment, and that describing it leaks nothing. */
class FeedbackConfigTest {

    @Test
    void withNothingSetTheEmbeddedDatabaseLivesInDataWithAGeneratedSaltAndNoQuestionLog() {
        FeedbackConfig config = FeedbackConfig.from(Settings.empty());
        assertEquals(new FeedbackConfig(Path.of("data"), Optional.empty(), false, Optional.empty()), config);
    }

    @Test
    void everyVariableIsHonoured() {
        Map<String, String> env = Map.of(
                "PROTOCOL_DATA_DIR", "/var/lib/protocol-bot",
                "PROTOCOL_DATABASE_URL", "jdbc:postgresql://db:5432/bot?user=bot&password=hunter2",
                "PROTOCOL_LOG_QUESTIONS", "true",
                "PROTOCOL_FEEDBACK_SALT", " pepper ");
        FeedbackConfig config = FeedbackConfig.from(Settings.fromEnv(env));
        assertEquals(new FeedbackConfig(Path.of("/var/lib/protocol-bot"),
                Optional.of("jdbc:postgresql://db:5432/bot?user=bot&password=hunter2"), true,
                Optional.of("pepper")), config);
    }

    @Test
    void describingTheConfigPrintsNeitherTheDatabasePasswordNorTheSalt() {
        FeedbackConfig config = new FeedbackConfig(Path.of("data"),
                Optional.of("jdbc:postgresql://db/bot?password=hunter2"), true, Optional.of("pepper"));
        assertEquals("FeedbackConfig[database=PostgreSQL (PROTOCOL_DATABASE_URL), logQuestions=true, salt=set, "
                + "signingKey=generated]", config.toString());
        assertFalse(config.describeDatabase().contains("hunter2"));
    }

    @Test
    void settingsCarryTheSaltButPrintOnlyWhetherItIsSet() {
        Settings salted = Settings.fromEnv(Map.of("PROTOCOL_FEEDBACK_SALT", "pepper-Zq8"));
        assertEquals(Optional.of("pepper-Zq8"), salted.feedbackSalt());
        assertTrue(salted.toString().contains("PROTOCOL_FEEDBACK_SALT=set,"), salted.toString());
        assertFalse(salted.toString().contains("pepper"), salted.toString());
        assertTrue(Settings.empty().toString().contains("PROTOCOL_FEEDBACK_SALT=unset,"));
    }

    @Test
    void settingsCarryTheFeedbackKeyButPrintOnlyWhetherItIsSet() {
        Settings keyed = Settings.fromEnv(Map.of("PROTOCOL_FEEDBACK_KEY", "k3y-0f-en0ugh-length"));
        assertEquals(Optional.of("k3y-0f-en0ugh-length"), keyed.feedbackKey());
        assertEquals(keyed.feedbackKey(), FeedbackConfig.from(keyed).signingKey());
        assertFalse(keyed.toString().contains("k3y"), keyed.toString());
        assertFalse(FeedbackConfig.from(keyed).toString().contains("k3y"));
    }

    @Test
    void theEmbeddedDatabaseIsDescribedByItsDirectory() {
        FeedbackConfig config = FeedbackConfig.embedded(Path.of("/srv/bot/data"), false);
        assertEquals("embedded H2 in /srv/bot/data", config.describeDatabase());
    }
}
