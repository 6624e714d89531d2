package org.protocolbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.protocolbot.app.Settings;

/** The page's files and the security headers every response carries. */
class TryItPageHttpTest {

    @RegisterExtension
    static final ServerPerClass SERVER = new ServerPerClass(Settings.empty());

    @Test
    void pageAndAssetsAreServedWithTheirTypes() {
        assertType("/", "text/html");
        assertType("/app.js", "text/javascript");
        assertType("/style.css", "text/css");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : List.of(SERVER.get().get("/"), SERVER.get().get("/app.js"), SERVER.get().get("/healthz"),
                SERVER.get().get("/no-such-page"), SERVER.get().post("/api/ask", "not json"))) {
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY,
                    response.headers().firstValue("Content-Security-Policy").orElse(""), response.uri().toString());
            assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.startsWith("default-src 'self'; script-src 'self';"));
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
    }

    @Test
    void pageHasNoInlineCodeSoThePolicyCanForbidIt() {
        String html = SERVER.get().get("/").body();

        assertTrue(html.contains("<script src=\"/app.js\" defer></script>"), html);
        assertFalse(Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(html).find(), "inline script");
        assertFalse(Pattern.compile("\\son[a-z]+=", Pattern.CASE_INSENSITIVE).matcher(html).find(), "event attribute");
        assertFalse(html.contains("style="), "inline style");
        assertFalse(html.contains("<style"), "inline style element");
    }

    @Test
    void pageLoadsNothingFromElsewhere() {
        for (String path : List.of("/", "/app.js", "/style.css")) {
            String body = SERVER.get().get(path).body();
            assertFalse(body.contains("http://") || body.contains("https://") || body.contains("//cdn"), path);
        }
    }

    @Test
    void scriptNeverWritesHtmlFromText() {
        String script = SERVER.get().get("/app.js").body();

        assertFalse(script.contains("innerHTML"), "text is rendered with textContent only");
        assertFalse(script.contains("insertAdjacentHTML"));
        assertFalse(script.contains("document.write"));
    }

    @Test
    void everyFormControlHasALabel() {
        String html = SERVER.get().get("/").body();
        var ids = Pattern.compile("<(?:input|select|textarea)[^>]*\\sid=\"([^\"]+)\"").matcher(html);
        int controls = 0;
        while (ids.find()) {
            controls++;
            assertTrue(html.contains("<label for=\"" + ids.group(1) + "\">"), "label for " + ids.group(1));
        }
        assertEquals(5, controls);
        assertEquals(3, html.split("aria-live=\"polite\"", -1).length - 1, "every result region is live");
    }

    private static void assertType(String path, String type) {
        HttpResponse<String> response = SERVER.get().get(path);
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(type),
                path + " " + response.headers().firstValue("Content-Type"));
    }
}
