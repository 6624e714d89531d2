package org.protocolbot.cli;

/** The user asked for something that does not exist or made no sense; exit code 2 with this one-line message. */
final class BadInputException extends RuntimeException {
    BadInputException(String message) {
        super(message);
    }
}
