package org.protocolbot.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.protocolbot.corpus.Council;
import org.protocolbot.corpus.CouncilNames;

class QuestionWrappingTest {

    private final QuestionWrapping wrapping = new QuestionWrapping(new CouncilNames(List.of(
            new Council("leeds", "Leeds City Council", 2020, "leeds.txt", "", "", List.of(), List.of("leeds city council")),
            new Council("rbkc", "Royal Borough of Kensington and Chelsea", 2019, "rbkc.txt", "", "", List.of(),
                    List.of("kensington and chelsea", "kensington")))));

    @Test
    void aCouncilNamedInTheWrappingSetsTheScopeAndLeavesTheSubject() {
        QuestionWrapping.Unwrapped q = wrapping.unwrap("What does the Leeds protocol say about party groups?");
        assertEquals("party groups?", q.subject());
        assertEquals(Optional.of("leeds"), q.council());
    }

    @Test
    void aCouncilsPossessiveAndTheWordCouncilGoWithItsName() {
        QuestionWrapping.Unwrapped q = wrapping.unwrap("what does kensington say about access to documents");
        assertEquals("access to documents", q.subject());
        assertEquals(Optional.of("rbkc"), q.council());
    }

    @Test
    void greetingsMentionsAndSignOffsAreDropped() {
        assertEquals("can I attend the group meeting?",
                wrapping.unwrap("<@U012AB3CD> hi, can I attend the group meeting? thanks!").subject());
        assertEquals("who sees committee papers", wrapping.unwrap("Quick question: who sees committee papers").subject());
    }

    @Test
    void underTheProtocolIsWrappingWhereverItStands() {
        assertEquals("can a councillor instruct my team?", wrapping.unwrap("Under the protocol, can a councillor instruct my team?").subject());
        assertEquals("can a councillor instruct my team?", wrapping.unwrap("can a councillor instruct my team under the protocol?").subject());
    }

    @Test
    void aQuestionWithNoWrappingIsUnchanged() {
        String q = "What is the need to know principle?";
        assertEquals(q, wrapping.unwrap(q).subject());
        assertEquals(Optional.empty(), wrapping.unwrap(q).council());
    }

    @Test
    void wrappingAloneIsKeptRatherThanSearchingForNothing() {
        assertEquals("hello", wrapping.unwrap("hello").subject());
    }
}
