package org.protocolbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.protocolbot.feedback.FeedbackConfig;

/** How the feedback store's configuration comes from the environment, and that the settings never print its secrets. */
class FeedbackSettingsTest {

    @Test
    void withNothingSetTheEmbeddedDatabaseLivesInDataWithAGeneratedSaltAndNoQuestionLog() {
        FeedbackConfig config = Settings.empty().feedbackConfig();
        assertEquals(new FeedbackConfig(Path.of("data"), Optional.empty(), false, Optional.empty()), config);
    }

    @Test
    void everyVariableIsHonoured() {
        Map<String, String> env = Map.of(
                "PROTOCOL_DATA_DIR", "/var/lib/protocol-bot",
                "PROTOCOL_DATABASE_URL", "jdbc:postgresql://db:5432/bot?user=bot&password=hunter2",
                "PROTOCOL_LOG_QUESTIONS", "true",
                "PROTOCOL_FEEDBACK_SALT", " pepper ");
        FeedbackConfig config = Settings.fromEnv(env).feedbackConfig();
        assertEquals(new FeedbackConfig(Path.of("/var/lib/protocol-bot"),
                Optional.of("jdbc:postgresql://db:5432/bot?user=bot&password=hunter2"), true,
                Optional.of("pepper")), config);
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
        assertEquals(keyed.feedbackKey(), keyed.feedbackConfig().signingKey());
        assertFalse(keyed.toString().contains("k3y"), keyed.toString());
        assertFalse(keyed.feedbackConfig().toString().contains("k3y"));
    }
}
