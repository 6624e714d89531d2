package org.protocolbot;

import java.util.Optional;
import org.protocolbot.answer.Answer;
import org.protocolbot.feedback.FeedbackPayload;
import org.protocolbot.feedback.FeedbackSigner;
import org.protocolbot.feedback.SignedFeedback;

/**
 * Signed feedback values for tests: with a fixed key where only the rendering matters (no store), or with a
 * store's own signer where the value must be one that server accepts.
 */
public final class TestSigning {

    /** A key of its own, so nothing signed here is accepted by a test server's store. */
    public static final FeedbackSigner FIXED = FeedbackSigner.withKey("protocol-bot-test-signing-key");

    private TestSigning() {
    }

    /** The signed value the buttons under {@code answer} carry, as {@code signer} signs it; empty when not rated. */
    public static Optional<SignedFeedback> offered(FeedbackSigner signer, String question, Optional<String> council,
            Answer answer) {
        return FeedbackPayload.offeredFor(question, council, answer).map(signer::signed);
    }

    /**
     * {@code signed} with one character of its payload changed (the last letter of the question, say): the
     * signature no longer matches.
     */
    public static String altered(String signed) {
        int at = signed.indexOf("\",");
        if (at < 0) {
            throw new IllegalArgumentException("not a signed payload with a question: " + signed);
        }
        char last = signed.charAt(at - 1);
        return signed.substring(0, at - 1) + (last == 'x' ? 'y' : 'x') + signed.substring(at);
    }
}
