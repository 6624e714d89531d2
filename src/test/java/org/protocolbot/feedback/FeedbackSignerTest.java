package org.protocolbot.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedbackSignerTest {

    private final FeedbackSigner signer = FeedbackSigner.withKey("a-test-key-of-enough-length");
    private final FeedbackPayload payload = new FeedbackPayload("Can I attend a group meeting?", Optional.of("leeds"),
            "answer", List.of("leeds:7.4"));

    @Test
    void aSignedPayloadVerifiesBackToTheSamePayload() {
        assertEquals(payload, signer.verifiedPayload(signer.sign(payload)));
    }

    @Test
    void anyChangeToThePayloadOrTheSignatureIsRefused() {
        String signed = signer.sign(payload);
        String tampered = signed.replace("leeds:7.4", "leeds:99.99");
        String badMac = (signed.charAt(0) == 'A' ? "B" : "A") + signed.substring(1);

        assertTrue(signer.verify(tampered).isEmpty());
        assertTrue(signer.verify(badMac).isEmpty());
        assertTrue(signer.verify(payload.encode()).isEmpty(), "an unsigned payload");
        assertTrue(signer.verify("").isEmpty());
        assertTrue(signer.verify(null).isEmpty());
    }

    @Test
    void anotherServersKeyDoesNotVerify() {
        FeedbackSigner other = FeedbackSigner.withKey("another-key-of-enough-length");
        assertThrows(IllegalArgumentException.class, () -> other.verifiedPayload(signer.sign(payload)));
    }

    @Test
    void theSignedValueFitsSlacksButtonValueEvenForTheLongestQuestion() {
        FeedbackPayload longest = new FeedbackPayload("\"".repeat(1000), Optional.of("leeds"), "answer",
                List.of("leeds:7.4", "leeds:7.5", "leeds:7.6"));
        String signed = signer.sign(longest);

        assertTrue(signed.length() <= FeedbackPayload.MAX_ENCODED_LENGTH, "length " + signed.length());
        assertTrue(signer.verify(signed).isPresent());
    }

    @Test
    void aShortKeyIsRefusedWithAClearLine() {
        FeedbackStoreException e = assertThrows(FeedbackStoreException.class, () -> FeedbackSigner.withKey("short"));
        assertTrue(e.getMessage().startsWith("PROTOCOL_FEEDBACK_KEY must be at least 16 characters"), e.getMessage());
    }

    @Test
    void aNullCitationIsNotAFeedbackPayload() {
        // Used to pass decoding and fail in the store with a NullPointerException, answered as a 500.
        assertThrows(IllegalArgumentException.class, () -> FeedbackPayload.decode(
                "{\"question\":\"q\",\"outcome\":\"answer\",\"citations\":[null]}"));
        assertThrows(IllegalArgumentException.class, () -> FeedbackPayload.decode(
                "{\"question\":\"q\",\"outcome\":\"answer\",\"citations\":[7]}"));
    }

    @Test
    void valuesASpreadsheetWouldRunAsFormulasAreMadeText() {
        assertEquals("'=HYPERLINK(\"http://evil\")", org.protocolbot.feedback.report.SpreadsheetSafe.text("=HYPERLINK(\"http://evil\")"));
        assertEquals("'+1", org.protocolbot.feedback.report.SpreadsheetSafe.text("+1"));
        assertEquals("'-2+3", org.protocolbot.feedback.report.SpreadsheetSafe.text("-2+3"));
        assertEquals("'@SUM(A1)", org.protocolbot.feedback.report.SpreadsheetSafe.text("@SUM(A1)"));
        assertEquals("can i attend = yes", org.protocolbot.feedback.report.SpreadsheetSafe.text("can i attend = yes"));
        assertEquals("=x", new org.protocolbot.feedback.report.ProtocolReport.QuestionCount("=x", 1).question().substring(1));
    }
}
