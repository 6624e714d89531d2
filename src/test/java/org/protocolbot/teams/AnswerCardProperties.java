package org.protocolbot.teams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.protocolbot.TestBots;
import org.protocolbot.answer.Answer;
import org.protocolbot.answer.AnswerTemplates;
import org.protocolbot.answer.ClauseCitation;
import org.protocolbot.answer.QuotedClause;
import org.protocolbot.app.ProtocolBot;
import org.protocolbot.hardening.HostileText;
import org.protocolbot.hardening.RenderedText;

/**
 * The Adaptive Card rendering under hostile input: whatever a user types, the card that answers it is valid, has no
 * actions and carries no live markup; and even if hostile text reached the card's lead or a quote (it cannot today:
 * both come from templates and the corpus), the renderer would still escape it.
 */
class AnswerCardProperties {

    private final ProtocolBot bot = TestBots.shared();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Property(tries = 100)
    void theCardAnsweringAnyMessageIsSafe(@ForAll("hostile") String text) {
        Answer answer = bot.chat().respond(text, Optional.empty(), "");
        ObjectNode card = AnswerCard.render(answer);

        CardMarkupCheck.assertSafeCard(card);
        assertEquals(answer.text(), card.path("fallbackText").asText());
        RenderedText.assertSafe(card.path("fallbackText").asText());
    }

    @Property(tries = 300)
    void hostileTextInTheLeadOrAQuoteIsEscaped(@ForAll("hostile") String lead, @ForAll("hostile") String quoted) {
        ClauseCitation citation = new ClauseCitation("leeds", "Leeds City Council", "7.4", quoted);
        Answer answer = AnswerTemplates.info(lead, List.of(new QuotedClause(citation, quoted)));

        CardMarkupCheck.assertSafeCard(AnswerCard.render(answer));
    }
}
