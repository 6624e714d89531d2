package org.protocolbot.slack;

import java.util.Objects;

/**
 * Where the adapter reaches Slack. Production uses Slack's own Web API; tests point it at WireMock.
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

    /** Slack itself. */
    public static SlackEndpoints defaults() {
        return new SlackEndpoints(SLACK_WEB_API);
    }
}
