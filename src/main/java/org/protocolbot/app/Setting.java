package org.protocolbot.app;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every environment variable protocol-bot reads, as data: one row per setting. {@link Settings} reads the
 * environment through this table, masks the secret rows in its {@code toString}, the start-up banner names rows
 * rather than repeating string literals, and {@code docs/configuration.md} holds {@link #markdownTable()} verbatim
 * (a test compares them), so adding a setting is adding one row here.
 */
public enum Setting {

    SLACK_BOT_TOKEN(true, "", "Slack bot token (`xoxb-...`), from your Slack app's **OAuth & Permissions** page", "Slack"),
    SLACK_SIGNING_SECRET(true, "", "Slack signing secret, from **Basic Information**; checks that events really come from Slack",
            "Slack over HTTP (`/slack/events`)"),
    SLACK_APP_TOKEN(true, "", "Slack app-level token (`xapp-...`) with `connections:write`",
            "Slack Socket Mode (no public URL needed)"),
    MICROSOFT_APP_ID(false, "", "The Azure Bot's Microsoft App ID", "Teams (`/api/messages`)"),
    MICROSOFT_APP_PASSWORD(true, "", "The Azure Bot's client secret", "Teams"),
    MICROSOFT_APP_TENANT_ID(false, "", "Your Microsoft 365 tenant ID, for a single-tenant bot", "Teams, single-tenant"),
    PROTOCOL_DEFAULT_COUNCIL(false, "", "Council id the bot answers for by default, e.g. `leeds`, in chat, `ask` and the "
            + "web page; unset, answers come from every council", "optional"),
    PROTOCOL_KNOWLEDGE_DIR(false, "", "Folder with your own `knowledge/` (manifest and protocol sources) instead of the "
            + "built-in one", "optional"),
    PROTOCOL_LOG_QUESTIONS(false, "false", "`true` to write question text in the request log and keep the questions "
            + "answered \"no match\" or refused for the report", "optional"),
    PROTOCOL_ADMIN_TOKEN(true, "", "Bearer token that protects the monitoring officer's report (`GET /api/report`); "
            + "unset, that endpoint is off", "optional"),
    PROTOCOL_DATABASE_URL(true, "", "PostgreSQL JDBC URL for feedback and the log of unanswered questions; unset, an "
            + "embedded database is used", "optional"),
    PROTOCOL_DATA_DIR(false, "", "Folder for the embedded database", "optional"),
    PROTOCOL_FEEDBACK_SALT(true, "", "Secret salt for the hashes that count distinct people who clicked Helpful / Not "
            + "helpful; unset, one is generated and kept in the database", "optional"),
    PROTOCOL_FEEDBACK_KEY(true, "", "Secret key that signs the feedback buttons' values so clicks cannot be forged; "
            + "unset, one is generated and kept in the feedback database (shared by replicas on PostgreSQL)", "optional"),
    PROTOCOL_QUESTIONS_PER_MINUTE(false, "120", "Questions one client may ask per minute: per address on `POST /api/ask` "
            + "and `GET /api/compare` (then 429 with `Retry-After`), per user in Slack and Teams (then a short request "
            + "to wait instead of an answer; shared by all replicas when `PROTOCOL_DATABASE_URL` is set); `0` turns "
            + "the limit off", "optional"),
    PORT(false, "8080", "Port for `serve`; `--port` overrides it", "optional"),
    SLACK_API_URL(false, "https://slack.com/api/", "Slack Web API base URL: `https://slack-gov.com/api/` for GovSlack, "
            + "or a local stand-in in tests", "optional"),
    MICROSOFT_OPENID_METADATA_URL(false, "", "Bot Framework OpenID metadata URL that signs Teams requests; unset, the public "
            + "cloud's (see docs/teams.md for GCC)", "optional"),
    MICROSOFT_TOKEN_URL(false, "", "Token endpoint for the bot's replies; unset, the public cloud's (see docs/teams.md)",
            "optional");

    private final boolean secret;
    private final String defaultValue;
    private final String description;
    private final String neededFor;

    Setting(boolean secret, String defaultValue, String description, String neededFor) {
        this.secret = secret;
        this.defaultValue = defaultValue;
        this.description = description;
        this.neededFor = neededFor;
    }

    /** The environment variable's name, e.g. {@code SLACK_BOT_TOKEN}. */
    public String envName() {
        return name();
    }

    /** A secret is never printed, logged or shown in a banner: only whether it is set. */
    public boolean secret() {
        return secret;
    }

    /** The value used when the variable is unset or blank; empty when unset means "off" or "built in". */
    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public String neededFor() {
        return neededFor;
    }

    public static List<Setting> all() {
        return List.of(values());
    }

    /** The configuration table of {@code docs/configuration.md}, one row per setting in declaration order. */
    public static String markdownTable() {
        String header = "| Variable | Secret | Default | What it is for | Needed for |\n| --- | --- | --- | --- | --- |\n";
        return header + Arrays.stream(values())
                .map(s -> "| `" + s.envName() + "` | " + (s.secret ? "yes" : "no") + " | "
                        + (s.defaultValue.isEmpty() ? "unset" : "`" + s.defaultValue + "`") + " | " + s.description
                        + " | " + s.neededFor + " |")
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
