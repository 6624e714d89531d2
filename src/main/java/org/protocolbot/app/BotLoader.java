package org.protocolbot.app;

/** Builds a {@link ProtocolBot} from the knowledge base and the local model. */
final class BotLoader {
    private BotLoader() {
    }

    static ProtocolBot load(Settings settings) {
        throw new IllegalStateException("the core loader lands with the retrieval work");
    }
}
