package org.protocolbot.teams;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.integration.Configuration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.protocolbot.app.Settings;

/**
 * botbuilder's {@link Configuration}, filled from our environment-variable {@link Settings} instead of the
 * {@code application.properties} file botbuilder reads by default. Holds the app password, so it never prints it.
 */
final class SettingsConfiguration implements Configuration {

    /** botbuilder has no constant for this key; the .NET and JS SDKs use this name. */
    static final String TENANT_ID = "MicrosoftAppTenantId";

    private final Map<String, String> values;

    SettingsConfiguration(Settings settings, TeamsEndpoints endpoints) {
        Map<String, String> map = new LinkedHashMap<>();
        settings.microsoftAppId().ifPresent(v -> map.put(MicrosoftAppCredentials.MICROSOFTAPPID, v));
        settings.microsoftAppPassword().ifPresent(v -> map.put(MicrosoftAppCredentials.MICROSOFTAPPPASSWORD, v));
        settings.microsoftAppTenantId().ifPresent(v -> map.put(TENANT_ID, v));
        // BotFrameworkHttpAdapter reads this key to choose where channel tokens' signing keys come from.
        map.put(AuthenticationConstants.BOT_OPENID_METADATA_KEY, endpoints.openIdMetadataUrl());
        this.values = Map.copyOf(map);
    }

    @Override
    public String getProperty(String key) {
        return values.get(key);
    }

    @Override
    public Properties getProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    @Override
    public String[] getProperties(String key) {
        String value = values.get(key);
        return value == null ? new String[0] : value.split(",");
    }

    @Override
    public String toString() {
        // Keys only: the values include the app password.
        return "SettingsConfiguration" + values.keySet();
    }
}
