package org.protocolbot.server;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;

/**
 * The try-it page: plain HTML, CSS and JavaScript from {@code src/main/resources/web}, served from the jar. It talks
 * only to this server's own API, so it works offline and under the strict Content-Security-Policy.
 */
final class TryItPage {

    static final String RESOURCE_DIRECTORY = "/web";

    private TryItPage() {
    }

    static void configure(JavalinConfig config) {
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = RESOURCE_DIRECTORY;
            files.location = Location.CLASSPATH;
        });
    }
}
