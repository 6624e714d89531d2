package org.protocolbot.app;

import java.util.Map;
import java.util.Optional;

/**
 * Everything the operator configures, read once from environment variables. Secrets live only here and in the
 * SDK clients they are handed to; {@link #toString()} never prints them.
 */
public record Settings(
        Optional<String> slackBotToken,
        Optional<String> slackSigningSecret,
        Optional<String> slackAppToken,
        Optional<String> microsoftAppId,
        Optional<String> microsoftAppPassword,
        Optional<String> microsoftAppTenantId,
        Optional<String> defaultCouncil,
        Optional<String> knowledgeDir,
        Optional<String> adminToken,
        Optional<String> databaseUrl,
        Optional<String> dataDir,
        boolean logQuestions,
        Optional<String> feedbackSalt,
        Optional<String> feedbackKey) {

    public static Settings fromEnv() {
        return fromEnv(System.getenv());
    }

    public static Settings fromEnv(Map<String, String> env) {
        return new Settings(
                value(env, "SLACK_BOT_TOKEN"),
                value(env, "SLACK_SIGNING_SECRET"),
                value(env, "SLACK_APP_TOKEN"),
                value(env, "MICROSOFT_APP_ID"),
                value(env, "MICROSOFT_APP_PASSWORD"),
                value(env, "MICROSOFT_APP_TENANT_ID"),
                value(env, "PROTOCOL_DEFAULT_COUNCIL"),
                value(env, "PROTOCOL_KNOWLEDGE_DIR"),
                value(env, "PROTOCOL_ADMIN_TOKEN"),
                value(env, "PROTOCOL_DATABASE_URL"),
                value(env, "PROTOCOL_DATA_DIR"),
                value(env, "PROTOCOL_LOG_QUESTIONS").map(v -> v.equalsIgnoreCase("true") || v.equals("1")).orElse(false),
                value(env, "PROTOCOL_FEEDBACK_SALT"),
                value(env, "PROTOCOL_FEEDBACK_KEY"));
    }

    public static Settings empty() {
        return fromEnv(Map.of());
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    public boolean slackHttpEnabled() {
        return slackBotToken.isPresent() && slackSigningSecret.isPresent();
    }

    public boolean slackSocketModeEnabled() {
        return slackBotToken.isPresent() && slackAppToken.isPresent();
    }

    public boolean teamsEnabled() {
        return microsoftAppId.isPresent();
    }

    @Override
    public String toString() {
        // Never print a secret: say only whether each is set.
        return "Settings[slackBotToken=" + set(slackBotToken) + ", slackSigningSecret=" + set(slackSigningSecret)
                + ", slackAppToken=" + set(slackAppToken) + ", microsoftAppId=" + microsoftAppId.orElse("unset")
                + ", microsoftAppPassword=" + set(microsoftAppPassword) + ", microsoftAppTenantId="
                + microsoftAppTenantId.orElse("unset") + ", defaultCouncil=" + defaultCouncil.orElse("unset")
                + ", knowledgeDir=" + knowledgeDir.orElse("default") + ", adminToken=" + set(adminToken)
                + ", databaseUrl=" + set(databaseUrl) + ", dataDir=" + dataDir.orElse("default")
                + ", logQuestions=" + logQuestions + ", feedbackSalt=" + set(feedbackSalt) + ", feedbackKey=" + set(feedbackKey) + "]";
    }

    private static String set(Optional<String> secret) {
        return secret.isPresent() ? "set" : "unset";
    }
}
