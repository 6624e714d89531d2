package org.protocolbot.topics;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether the protocols regulate a matter, or people merely ask a council bot about it. */
public enum TopicKind {
    /** A matter these protocols regulate: its clauses answer. */
    PROTOCOL,
    /** Pay, leave, allowances, IT, bins…: a question about it is honestly "not covered", whatever words it shares. */
    OUT_OF_SCOPE;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    @JsonCreator
    public static TopicKind fromWire(String value) {
        for (TopicKind kind : values()) {
            if (kind.wireName().equals(value)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("kind must be \"protocol\" or \"out-of-scope\", not \"" + value + "\"");
    }
}
