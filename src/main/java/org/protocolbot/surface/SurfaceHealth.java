package org.protocolbot.surface;

import java.util.Objects;

/**
 * Whether a chat surface that must first check itself with its vendor (Slack's {@code auth.test}) can answer,
 * and if not, why, in words an operator can act on. The adapter writes it once at start (and again when a later
 * check succeeds); the server reads it for the start-up banner and {@code /readyz}, and the adapter refuses
 * requests quickly while it is off instead of calling out on each one. Thread-safe.
 */
public final class SurfaceHealth {

    private final String surface;
    private volatile boolean on;
    private volatile String detail;

    private SurfaceHealth(String surface, boolean on, String detail) {
        this.surface = Objects.requireNonNull(surface, "surface");
        this.on = on;
        this.detail = detail;
    }

    /** Not checked yet: off, until {@link #up} says otherwise. */
    public static SurfaceHealth unchecked(String surface) {
        return new SurfaceHealth(surface, false, "not checked yet");
    }

    public void up(String detail) {
        this.detail = detail;
        this.on = true;
    }

    /** @param reason what failed and which setting to check; never a secret */
    public void down(String reason) {
        this.on = false;
        this.detail = reason;
    }

    public String surface() {
        return surface;
    }

    public boolean on() {
        return on;
    }

    /** Why it is off, or what the check found when it is on. */
    public String detail() {
        return detail;
    }

    /** One line for the banner, e.g. {@code Slack: off (auth.test failed: invalid_auth; check SLACK_BOT_TOKEN)}. */
    public String describe() {
        return surface + ": " + (on ? "on" : "off") + (detail.isEmpty() ? "" : " (" + detail + ")");
    }

    @Override
    public String toString() {
        return describe();
    }
}
