package org.protocolbot.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;

/**
 * The Bolt {@link App} for one workspace, configured only from {@link Settings}: Bolt would otherwise read
 * SLACK_* variables (including OAuth client ids) from the environment behind our back.
 */
final class BoltApps {

    private BoltApps() {
    }

    static App create(Settings settings, SlackEndpoints endpoints) {
        String botToken = settings.slackBotToken()
                .orElseThrow(() -> new IllegalArgumentException(Setting.SLACK_BOT_TOKEN.envName() + " is not set"));
        AppConfig config = AppConfig.builder()
                .singleTeamBotToken(botToken)
                // Absent in Socket Mode only; Bolt then skips verification for socket messages and rejects HTTP.
                .signingSecret(settings.slackSigningSecret().orElse(null))
                .verificationToken(null)
                .clientId(null)
                .clientSecret(null)
                // Edited, deleted and bot messages arrive as message subtypes: acknowledge them, never answer.
                .subtypedMessageEventsAutoAckEnabled(true)
                .build();
        config.getSlack().getConfig().setMethodsEndpointUrlPrefix(endpoints.webApiUrl());
        return new App(config);
    }
}
