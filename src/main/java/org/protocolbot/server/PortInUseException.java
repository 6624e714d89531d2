package org.protocolbot.server;

/** The port the server was asked to listen on is taken by another program: the operator's to fix, not a fault. */
public final class PortInUseException extends RuntimeException {

    private final int port;

    PortInUseException(int port, Throwable cause) {
        super("port " + port + " is already in use by another program; choose another with --port N or the PORT "
                + "setting, or stop the program using it", cause);
        this.port = port;
    }

    public int port() {
        return port;
    }
}
