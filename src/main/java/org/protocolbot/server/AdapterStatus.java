package org.protocolbot.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;

/**
 * Whether one surface is on, and if not which settings are missing: printed at start-up, so an operator who
 * expected Slack or Teams sees at once which environment variable to set. Names settings, never their values.
 *
 * @param surface what is switched, e.g. {@code Slack HTTP (POST /slack/events)}
 * @param on      whether it runs
 * @param reason  why it is off, or a caveat when it is on; empty when there is nothing to add
 */
public record AdapterStatus(String surface, boolean on, String reason) {

    /** Every surface the server knows, in a fixed order, from the configuration alone. */
    public static List<AdapterStatus> of(Settings settings) {
        List<AdapterStatus> statuses = new ArrayList<>();
        statuses.add(new AdapterStatus("JSON API (POST /api/ask) and try-it page (/)", true, ""));
        statuses.add(switched("Slack HTTP (POST /slack/events)", missing(
                unset(settings.slackBotToken(), Setting.SLACK_BOT_TOKEN),
                unset(settings.slackSigningSecret(), Setting.SLACK_SIGNING_SECRET))));
        statuses.add(switched("Slack Socket Mode", missing(
                unset(settings.slackBotToken(), Setting.SLACK_BOT_TOKEN),
                unset(settings.slackAppToken(), Setting.SLACK_APP_TOKEN))));
        AdapterStatus teams = switched("Teams (POST /api/messages)",
                missing(unset(settings.microsoftAppId(), Setting.MICROSOFT_APP_ID)));
        if (teams.on() && settings.microsoftAppPassword().isEmpty()) {
            teams = new AdapterStatus(teams.surface(), true,
                    "but " + Setting.MICROSOFT_APP_PASSWORD.envName() + " is not set, so Teams will reject the bot's replies");
        }
        statuses.add(teams);
        statuses.add(switched("Monitoring officer's report (GET /api/report)",
                missing(unset(settings.adminToken(), Setting.PROTOCOL_ADMIN_TOKEN))));
        return List.copyOf(statuses);
    }

    /** One line per surface, e.g. {@code Slack Socket Mode: off (SLACK_APP_TOKEN not set)}. */
    public String describe() {
        return surface + ": " + (on ? "on" : "off") + (reason.isEmpty() ? "" : " (" + reason + ")");
    }

    private static AdapterStatus switched(String surface, List<String> missing) {
        return missing.isEmpty()
                ? new AdapterStatus(surface, true, "")
                : new AdapterStatus(surface, false, String.join(" and ", missing) + " not set");
    }

    @SafeVarargs
    private static List<String> missing(Optional<String>... unsetNames) {
        return Arrays.stream(unsetNames).flatMap(Optional::stream).toList();
    }

    /** The variable's name when the setting is absent. */
    private static Optional<String> unset(Optional<String> value, Setting setting) {
        return value.isPresent() ? Optional.empty() : Optional.of(setting.envName());
    }
}
