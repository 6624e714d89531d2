package org.protocolbot;

import org.protocolbot.app.ProtocolBot;
import org.protocolbot.app.Settings;

/**
 * One real bot per test JVM: the embedded corpus and the real MiniLM model. Loading takes a few seconds,
 * so every test class shares this instance instead of loading its own.
 */
public final class TestBots {

    private static ProtocolBot shared;

    private TestBots() {
    }

    public static synchronized ProtocolBot shared() {
        if (shared == null) {
            shared = ProtocolBot.load(Settings.empty());
        }
        return shared;
    }
}
