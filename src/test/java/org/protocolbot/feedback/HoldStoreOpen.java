package org.protocolbot.feedback;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Test helper run in a second JVM: holds the embedded store in {@code args[0]} open, as a running bot does, and
 * prints "open" once it has it; closes and exits when its standard input closes.
 */
public final class HoldStoreOpen {

    private HoldStoreOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (FeedbackStore store = JdbcFeedbackStore.open(FeedbackConfig.embedded(Path.of(args[0]), false))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Wait for the parent to close our standard input.
            }
        }
    }
}
