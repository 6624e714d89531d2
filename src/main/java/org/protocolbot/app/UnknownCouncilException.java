package org.protocolbot.app;

/**
 * A configured council id (a setting or a flag) that the corpus does not know. Bad input, not a broken
 * installation: the CLI prints the message as one line and exits 2. The message lists the valid ids.
 */
public final class UnknownCouncilException extends IllegalArgumentException {

    public UnknownCouncilException(String message) {
        super(message);
    }
}
