package org.protocolbot.server;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.protocolbot.app.Settings;

/** One real server for all the tests of a class: {@code @RegisterExtension static final ServerPerClass SERVER}. */
final class ServerPerClass implements BeforeAllCallback, AfterAllCallback {

    private final Settings settings;
    private RunningServer server;

    ServerPerClass(Settings settings) {
        this.settings = settings;
    }

    RunningServer get() {
        return server;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        server = RunningServer.start(settings);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
        }
    }
}
