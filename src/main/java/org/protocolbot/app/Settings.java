package org.protocolbot.app;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.protocolbot.feedback.FeedbackConfig;

/**
 * Everything the operator configures, read once from environment variables through the {@link Setting} table.
 * Secrets live only here and in the SDK clients they are handed to; {@link #toString()} never prints them.
 *
 * @param values the settings that are set (non-blank, stripped); an absent key is unset
 */
public record Settings(Map<Setting, String> values) {

    public Settings {
        EnumMap<Setting, String> copy = new EnumMap<>(Setting.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    public static Settings fromEnv() {
        return fromEnv(System.getenv());
    }

    public static Settings fromEnv(Map<String, String> env) {
        EnumMap<Setting, String> values = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            Optional.ofNullable(env.get(setting.envName())).map(String::strip).filter(v -> !v.isEmpty())
                    .ifPresent(v -> values.put(setting, v));
        }
        return new Settings(values);
    }

    public static Settings empty() {
        return fromEnv(Map.of());
    }

    /** The setting's value when it is set (blank counts as unset); the table's default is not applied. */
    public Optional<String> value(Setting setting) {
        return Optional.ofNullable(values.get(setting));
    }

    public Optional<String> slackBotToken() {
        return value(Setting.SLACK_BOT_TOKEN);
    }

    public Optional<String> slackSigningSecret() {
        return value(Setting.SLACK_SIGNING_SECRET);
    }

    public Optional<String> slackAppToken() {
        return value(Setting.SLACK_APP_TOKEN);
    }

    public Optional<String> microsoftAppId() {
        return value(Setting.MICROSOFT_APP_ID);
    }

    public Optional<String> microsoftAppPassword() {
        return value(Setting.MICROSOFT_APP_PASSWORD);
    }

    public Optional<String> microsoftAppTenantId() {
        return value(Setting.MICROSOFT_APP_TENANT_ID);
    }

    public Optional<String> defaultCouncil() {
        return value(Setting.PROTOCOL_DEFAULT_COUNCIL);
    }

    public Optional<String> knowledgeDir() {
        return value(Setting.PROTOCOL_KNOWLEDGE_DIR);
    }

    public Optional<String> adminToken() {
        return value(Setting.PROTOCOL_ADMIN_TOKEN);
    }

    public Optional<String> databaseUrl() {
        return value(Setting.PROTOCOL_DATABASE_URL);
    }

    public Optional<String> dataDir() {
        return value(Setting.PROTOCOL_DATA_DIR);
    }

    public boolean logQuestions() {
        return value(Setting.PROTOCOL_LOG_QUESTIONS).map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false);
    }

    public Optional<String> feedbackSalt() {
        return value(Setting.PROTOCOL_FEEDBACK_SALT);
    }

    public Optional<String> feedbackKey() {
        return value(Setting.PROTOCOL_FEEDBACK_KEY);
    }

    /**
     * {@link Setting#PROTOCOL_QUESTIONS_PER_MINUTE}, or its default; 0 means no limit.
     *
     * @throws IllegalArgumentException when it is not a whole number of 0 or more
     */
    public int questionsPerMinute() {
        Setting setting = Setting.PROTOCOL_QUESTIONS_PER_MINUTE;
        String text = value(setting).orElse(setting.defaultValue());
        try {
            int perMinute = Integer.parseInt(text);
            if (perMinute >= 0) {
                return perMinute;
            }
        } catch (NumberFormatException e) {
            // Said below, with the setting's name.
        }
        throw new IllegalArgumentException(setting.envName() + " must be a whole number of questions a minute, 0 or "
                + "more (0 turns the limit off), not \"" + text + "\"");
    }

    public Optional<String> slackApiUrl() {
        return value(Setting.SLACK_API_URL);
    }

    public Optional<String> microsoftOpenIdMetadataUrl() {
        return value(Setting.MICROSOFT_OPENID_METADATA_URL);
    }

    public Optional<String> microsoftTokenUrl() {
        return value(Setting.MICROSOFT_TOKEN_URL);
    }

    /** The feedback store's configuration: the one translation of these settings, so feedback never reads them. */
    public FeedbackConfig feedbackConfig() {
        return new FeedbackConfig(dataDir().map(Path::of).orElse(FeedbackConfig.DEFAULT_DATA_DIR), databaseUrl(),
                logQuestions(), feedbackSalt(), feedbackKey());
    }

    public boolean slackHttpEnabled() {
        return slackBotToken().isPresent() && slackSigningSecret().isPresent();
    }

    public boolean slackSocketModeEnabled() {
        return slackBotToken().isPresent() && slackAppToken().isPresent();
    }

    public boolean teamsEnabled() {
        return microsoftAppId().isPresent();
    }

    /** Every setting by name; a secret shows only {@code set} or {@code unset}, never its value. */
    @Override
    public String toString() {
        return Setting.all().stream()
                .map(s -> s.envName() + "=" + (s.secret()
                        ? (values.containsKey(s) ? "set" : "unset")
                        : value(s).orElse(s.defaultValue().isEmpty() ? "unset" : s.defaultValue())))
                .collect(Collectors.joining(", ", "Settings[", "]"));
    }
}
