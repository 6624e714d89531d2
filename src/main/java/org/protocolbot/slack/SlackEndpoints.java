package org.protocolbot.slack;

import java.util.Objects;
import org.protocolbot.app.Settings;

/**
 * Where the adapter reaches Slack: Bolt's {@code SlackConfig#setMethodsEndpointUrlPrefix}, from
 * {@code SLACK_API_URL}. Production uses Slack's own Web API (or GovSlack's); tests point it at WireMock.
 *
 * @param webApiUrl base URL of the Web API methods, ending in {@code /} (e.g. {@code https://slack.com/api/})
 */
public record SlackEndpoints(String webApiUrl) {

    public static final String SLACK_WEB_API = "https://slack.com/api/";

    public SlackEndpoints {
        Objects.requireNonNull(webApiUrl, "webApiUrl");
        // Bolt appends the method name directly ("chat.postMessage"), so the prefix must end with a slash.
        webApiUrl = webApiUrl.endsWith("/") ? webApiUrl : webApiUrl + "/";
    }

    /**
     * {@code SLACK_API_URL} when set (for Slack GovSlack, {@code https://slack-gov.com/api/}, or a local stand-in),
     * else Slack's commercial Web API.
     */
    public static SlackEndpoints from(Settings settings) {
        return new SlackEndpoints(settings.slackApiUrl().orElse(SLACK_WEB_API));
    }

    /** Slack itself. */
    public static SlackEndpoints defaults() {
        return new SlackEndpoints(SLACK_WEB_API);
    }
}
