package org.protocolbot.slack;

import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
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
 * The Block Kit rendering under hostile input: whatever a user types (mentions such as {@code <!channel>} and
 * {@code <@U123>}, links, mrkdwn, control characters, emoji, very long text), the reply's blocks and notification
 * text carry no live mention or link, every mrkdwn text is verbatim, and Slack's limits hold. And if hostile text
 * reached a lead or a quote (it cannot today), the rendering would still escape it.
 */
class SlackBlocksProperties {

    private final ProtocolBot bot = TestBots.shared();
    private final AnswerBlocks blocks = new AnswerBlocks();

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Property(tries = 100)
    void theReplyToAnyMessageCarriesNoLiveMarkup(@ForAll("hostile") String text) throws IOException {
        Answer answer = bot.chat().respond(text, Optional.of("kirklees"), "/protocol ");
        SlackMessage message = blocks.render(answer);

        assertSafe(message);
        RenderedText.assertNoStackTrace(message.text());
    }

    @Property(tries = 300)
    void hostileTextInTheLeadOrAQuoteIsEscaped(@ForAll("hostile") String lead, @ForAll("hostile") String quoted)
            throws IOException {
        // A heading is a short line of the protocol; the label it goes into is not split, so keep it heading-sized.
        String heading = quoted.substring(0, Math.min(quoted.length(), 120));
        ClauseCitation citation = new ClauseCitation("leeds", "Leeds City Council", "7.4", heading);
        Answer answer = AnswerTemplates.info(lead, List.of(new QuotedClause(citation, quoted)));

        assertSafe(blocks.render(answer));
    }

    private static void assertSafe(SlackMessage message) throws IOException {
        SlackMarkupCheck.assertSafe(message.text(), GsonFactory.createSnakeCase().toJson(message.blocks()));
    }
}
