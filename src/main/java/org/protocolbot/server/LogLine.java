package org.protocolbot.server;

import java.util.regex.Pattern;

/**
 * One logfmt line ({@code key=value key="two words"}): greppable by people and parseable by log shippers.
 * Values are quoted and escaped, so text a user typed can never forge a second line or another field.
 */
final class LogLine {

    private static final Pattern BARE = Pattern.compile("[A-Za-z0-9_.:/\\-]+");

    private final StringBuilder out;

    LogLine(String event) {
        this.out = new StringBuilder(event);
    }

    LogLine field(String key, Object value) {
        out.append(' ').append(key).append('=').append(format(String.valueOf(value)));
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** One value as this line would write it: bare when plainly safe, else quoted with control characters escaped. */
    static String escape(String value) {
        return format(value);
    }

    private static String format(String value) {
        if (BARE.matcher(value).matches()) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        quoted.append(String.format("\\u%04x", c));
                    } else {
                        quoted.appendCodePoint(c);
                    }
                }
            }
        });
        return quoted.append('"').toString();
    }
}
