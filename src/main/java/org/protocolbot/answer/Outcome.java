package org.protocolbot.answer;

/** What kind of reply the bot gives. The wire names are part of the public JSON contract. */
public enum Outcome {
    /** Quotes one or more clauses that answer the question. */
    ANSWER("answer"),
    /** Declines to advise on party business, citing the clauses that bar officers from it. */
    REFUSE("refuse"),
    /** Nothing in the protocol answers; points to the Monitoring Officer. */
    NO_MATCH("no_match"),
    /** Help, the council list, or a message about the request itself (unknown council, unknown clause). */
    INFO("info");

    private final String wireName;

    Outcome(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
