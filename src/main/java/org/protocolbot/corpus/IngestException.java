package org.protocolbot.corpus;

/** A source, manifest or knowledge file that cannot be read; the message names the file. */
public final class IngestException extends RuntimeException {
    public IngestException(String message) {
        super(message);
    }

    public IngestException(String message, Throwable cause) {
        super(message, cause);
    }
}
