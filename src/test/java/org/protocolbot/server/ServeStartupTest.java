package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.protocolbot.TestBots;
import org.protocolbot.TestStores;
import org.protocolbot.app.Settings;
import org.protocolbot.feedback.FeedbackStore;

/** Issue 14 item 4: what {@code serve} says when it cannot listen, and the page's address when it can. */
class ServeStartupTest {

    @Test
    void aBusyPortIsOneMessageNamingThePortAndTheSettingToChange() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("0.0.0.0"))) {
            int port = taken.getLocalPort();
            FeedbackStore store = TestStores.temporary();

            PortInUseException e = assertThrows(PortInUseException.class,
                    () -> BotServer.start(TestBots.shared(), Settings.empty(), port, ChatAdapters.none(), store));

            assertEquals(port, e.port());
            assertEquals("port " + port + " is already in use by another program; choose another with --port N or "
                    + "the PORT setting, or stop the program using it", e.getMessage());
        }
    }

    @Test
    void theServerNamesThePagesAddressOnThisMachine() {
        try (RunningServer server = RunningServer.start(Settings.empty())) {
            String url = server.server.pageUrl();
            assertEquals("http://127.0.0.1:" + server.server.port() + "/", url);
            assertEquals(200, server.get("/").statusCode());
            assertTrue(server.get("/").body().contains("<html"), "the page is served at that address");
        }
    }
}
