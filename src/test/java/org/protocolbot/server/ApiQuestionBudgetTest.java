package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.protocolbot.app.Setting;
import org.protocolbot.app.Settings;

/**
 * Each client address has a budget of questions a minute ({@code PROTOCOL_QUESTIONS_PER_MINUTE}), spent by
 * {@code POST /api/ask} and {@code GET /api/compare} together: past it, 429 with {@code Retry-After} and a JSON
 * body, as {@code /api/feedback} answers, and nothing is worked out. Another address keeps its own budget. The
 * budget here is tiny so the test spends it on purpose; the default is generous (see SettingsTest).
 */
class ApiQuestionBudgetTest {

    private static final int BUDGET = 3;
    private static final String ASK = "{\"question\": \"" + ApiEndpointsTest.QUESTION + "\"}";

    @Test
    void pastItsBudgetAClientGets429WithRetryAfterAndAJsonBodyWhileAnotherAddressIsAnswered() throws IOException {
        try (RunningServer server = RunningServer.start(budget(BUDGET))) {
            assertEquals(200, server.post("/api/ask", ASK).statusCode());
            assertEquals(200, server.get("/api/compare?q=gifts").statusCode(), "compare spends the same budget");
            assertEquals(200, server.post("/api/ask", ASK).statusCode());

            HttpResponse<String> over = server.post("/api/ask", ASK);

            assertEquals(429, over.statusCode(), over.body());
            long retryAfter = Long.parseLong(over.headers().firstValue("Retry-After").orElseThrow());
            assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
            assertTrue(over.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
            JsonNode error = RunningServer.json(over);
            assertTrue(error.get("error").asText().startsWith("Too many question requests from this address"),
                    error.toString());
            assertEquals(429, server.get("/api/compare?q=gifts").statusCode(), "and for compare too");

            // The JDK client cannot choose its source address; a raw request from 127.0.0.2 can.
            assertEquals(200, statusFrom(InetAddress.getByName("127.0.0.2"), server.server.port()),
                    "another address has a budget of its own");
        }
    }

    @Test
    void zeroTurnsTheBudgetOff() {
        try (RunningServer server = RunningServer.start(budget(0))) {
            for (int i = 0; i <= Integer.parseInt(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.defaultValue()); i++) {
                assertEquals(200, server.post("/api/ask", ASK).statusCode(), "question " + i);
            }
        }
    }

    private static Settings budget(int perMinute) {
        return Settings.fromEnv(Map.of(Setting.PROTOCOL_QUESTIONS_PER_MINUTE.envName(), Integer.toString(perMinute)));
    }

    private static int statusFrom(InetAddress from, int port) throws IOException {
        byte[] body = ASK.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
        }
    }
}
