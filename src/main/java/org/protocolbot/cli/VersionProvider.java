package org.protocolbot.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the project version Maven writes into {@code version.properties} when it builds. */
final class VersionProvider implements IVersionProvider {

    static final String RESOURCE = "/org/protocolbot/cli/version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"protocol-bot " + version()};
    }

    static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "(unknown version: built without Maven)";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }
}
