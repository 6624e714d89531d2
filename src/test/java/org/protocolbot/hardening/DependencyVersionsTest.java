package org.protocolbot.hardening;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The libraries with past advisories (issue 16) stay at or above the version that fixed them, read from the
 * {@code pom.properties} inside the jar each class is loaded from: a version that slips back through a transitive
 * dependency fails here, and the list printed makes the versions in use visible in every build log.
 */
class DependencyVersionsTest {

    /** groupId, artifactId, a class from that jar, the lowest version allowed, and why. */
    private record Floor(String group, String artifact, String className, String minimum, String why) {
    }

    private static final List<Floor> FLOORS = List.of(
            new Floor("io.javalin", "javalin", "io.javalin.Javalin", "7.2.3", "Javalin 7 runs on Jetty 12"),
            new Floor("org.eclipse.jetty", "jetty-server", "org.eclipse.jetty.server.Server", "12.1.14",
                    "Jetty 11 is out of support; CVE-2026-2332 and CVE-2024-6763 are fixed in Jetty 12"),
            new Floor("org.eclipse.jetty", "jetty-http", "org.eclipse.jetty.http.HttpParser", "12.1.14",
                    "chunk-extension parsing (CVE-2026-2332)"),
            new Floor("ch.qos.logback", "logback-core", "ch.qos.logback.core.Appender", "1.5.19", "CVE-2025-11226"),
            new Floor("ch.qos.logback", "logback-classic", "ch.qos.logback.classic.Logger", "1.5.19",
                    "kept with logback-core"),
            new Floor("com.nimbusds", "nimbus-jose-jwt", "com.nimbusds.jose.JWSObject", "10.0.2",
                    "CVE-2025-53864 (deeply nested JSON)"),
            new Floor("net.minidev", "json-smart", "net.minidev.json.JSONValue", "2.5.2", "CVE-2024-57699"),
            new Floor("com.google.guava", "guava", "com.google.common.collect.ImmutableList", "32.0.0",
                    "CVE-2023-2976 and CVE-2020-8908 (temporary files)"),
            new Floor("commons-io", "commons-io", "org.apache.commons.io.IOUtils", "2.14.0", "CVE-2024-47554"));

    @Test
    void everyLibraryWithAnAdvisoryIsAtOrAboveTheFixedVersion() throws IOException {
        List<String> tooOld = new ArrayList<>();
        for (Floor floor : FLOORS) {
            String version = versionOf(floor);
            System.out.printf("dependency %s:%s:%s (floor %s: %s)%n", floor.group(), floor.artifact(), version,
                    floor.minimum(), floor.why());
            if (compare(version, floor.minimum()) < 0) {
                tooOld.add(floor.artifact() + " " + version + " < " + floor.minimum() + " (" + floor.why() + ")");
            }
        }
        assertTrue(tooOld.isEmpty(), "libraries below their advisory floor: " + tooOld);
    }

    @Test
    void benchmarkingLibrariesAreNotShippedOnTheRuntimeClasspath() {
        // JMH and commons-math3 were at compile scope and went into the jar unused (issue 15).
        assertFalse(present("org.openjdk.jmh.annotations.Benchmark"), "jmh-core is on the classpath");
        assertFalse(present("org.apache.commons.math3.stat.descriptive.DescriptiveStatistics"),
                "commons-math3 is on the classpath");
    }

    @Test
    void versionsAreComparedNumberByNumber() {
        assertTrue(compare("12.1.14", "12.1.9") > 0);
        assertTrue(compare("1.5.18", "1.5.19") < 0);
        assertTrue(compare("33.8.0-jre", "32.0.0") > 0);
        assertTrue(compare("2.5.2", "2.5.2") == 0);
    }

    private static String versionOf(Floor floor) throws IOException {
        URL jar;
        try {
            jar = Class.forName(floor.className()).getProtectionDomain().getCodeSource().getLocation();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(floor.artifact() + " is not on the classpath at all", e);
        }
        String resource = "META-INF/maven/" + floor.group() + "/" + floor.artifact() + "/pom.properties";
        // Only that jar, never the parent loader: a shaded test library may carry the same path for an old copy.
        try (URLClassLoader only = new URLClassLoader(new URL[] {jar}, null);
                InputStream in = only.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError(resource + " is missing from " + jar);
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        }
    }

    private static boolean present(String className) {
        try {
            Class.forName(className, false, DependencyVersionsTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Compares the leading dotted numbers ({@code 33.8.0-jre} → 33, 8, 0). */
    static int compare(String a, String b) {
        String[] left = a.split("[^0-9]+");
        String[] right = b.split("[^0-9]+");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            int x = i < left.length && !left[i].isEmpty() ? Integer.parseInt(left[i]) : 0;
            int y = i < right.length && !right[i].isEmpty() ? Integer.parseInt(right[i]) : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }
}
