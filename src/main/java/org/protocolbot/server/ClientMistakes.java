package org.protocolbot.server;

import java.io.IOException;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Tells a client's own mistake (it hung up, sent a truncated body, broke the chunked framing, stopped sending) from
 * a fault of ours. The first is a 400 and one WARN line; only the second deserves a 500 and a stack trace. Before
 * this, 960 dropped clients wrote 7 MB of traces into the log.
 */
final class ClientMistakes {

    private ClientMistakes() {
    }

    static boolean isClientMistake(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof EofException || cause instanceof HttpException || cause instanceof TimeoutException
                    || cause instanceof IOException) {
                // Every IOException reaching a handler comes from reading the request: our own files and the
                // database raise their own exception types.
                return true;
            }
        }
        return false;
    }

    /** The innermost cause's class name only: its message may quote the client's bytes back. */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
