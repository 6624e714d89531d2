package org.protocolbot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void everyRowOfTheTableIsReadFromItsVariable() {
        Map<String, String> env = new HashMap<>();
        Setting.all().forEach(s -> env.put(s.envName(), "  value-of-" + s.envName() + " "));
        Settings settings = Settings.fromEnv(env);
        for (Setting setting : Setting.all()) {
            assertEquals(Optional.of("value-of-" + setting.envName()), settings.value(setting), setting.envName());
        }
        assertEquals(Optional.of("value-of-SLACK_BOT_TOKEN"), settings.slackBotToken());
        assertEquals(Optional.of("value-of-PROTOCOL_DEFAULT_COUNCIL"), settings.defaultCouncil());
    }

    @Test
    void blankCountsAsUnset() {
        Settings settings = Settings.fromEnv(Map.of("SLACK_BOT_TOKEN", "   ", "PROTOCOL_DATA_DIR", ""));
        assertEquals(Optional.empty(), settings.slackBotToken());
        assertEquals(Optional.empty(), settings.dataDir());
        assertEquals(Settings.empty(), settings);
    }

    @Test
    void toStringNamesEverySettingAndNeverPrintsASecret() {
        Map<String, String> env = new HashMap<>();
        Setting.all().forEach(s -> env.put(s.envName(), "v4lue-" + s.envName()));
        String printed = Settings.fromEnv(env).toString();
        for (Setting setting : Setting.all()) {
            if (setting.secret()) {
                assertFalse(printed.contains("v4lue-" + setting.envName()), setting + " leaked: " + printed);
                assertTrue(printed.contains(setting.envName() + "=set"), printed);
            } else {
                assertTrue(printed.contains(setting.envName() + "=v4lue-" + setting.envName()), printed);
            }
        }
        assertTrue(Settings.empty().toString().contains("PORT=8080"), "a default shows when unset");
        assertTrue(Settings.empty().toString().contains("SLACK_BOT_TOKEN=unset"));
    }

    @Test
    void logQuestionsIsTrueOnlyForTrueOrOne() {
        assertTrue(Settings.fromEnv(Map.of("PROTOCOL_LOG_QUESTIONS", "TRUE")).logQuestions());
        assertTrue(Settings.fromEnv(Map.of("PROTOCOL_LOG_QUESTIONS", "1")).logQuestions());
        assertFalse(Settings.fromEnv(Map.of("PROTOCOL_LOG_QUESTIONS", "yes")).logQuestions());
        assertFalse(Settings.empty().logQuestions());
    }

    @Test
    void theQuestionBudgetIsGenerousByDefaultZeroTurnsItOffAndNonsenseIsNamed() {
        assertEquals(120, Settings.empty().questionsPerMinute());
        assertEquals(30, Settings.fromEnv(Map.of("PROTOCOL_QUESTIONS_PER_MINUTE", " 30 ")).questionsPerMinute());
        assertEquals(0, Settings.fromEnv(Map.of("PROTOCOL_QUESTIONS_PER_MINUTE", "0")).questionsPerMinute());
        for (String nonsense : new String[] {"-1", "lots", "1.5"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Settings.fromEnv(Map.of("PROTOCOL_QUESTIONS_PER_MINUTE", nonsense)).questionsPerMinute());
            assertTrue(e.getMessage().startsWith("PROTOCOL_QUESTIONS_PER_MINUTE must be a whole number"), e.getMessage());
        }
    }

    @Test
    void tokensAndPasswordsAreSecretButIdsAreNot() {
        assertTrue(Setting.SLACK_SIGNING_SECRET.secret());
        assertTrue(Setting.MICROSOFT_APP_PASSWORD.secret());
        assertTrue(Setting.PROTOCOL_DATABASE_URL.secret(), "a JDBC URL may carry a password");
        assertFalse(Setting.MICROSOFT_APP_ID.secret());
        assertFalse(Setting.PORT.secret());
    }
}
