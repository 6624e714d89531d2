package org.protocolbot.teams;

import com.microsoft.bot.restclient.serializer.JacksonAdapter;
import com.microsoft.bot.schema.Activity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * How big a reply is, measured the ways Microsoft states its limits, with room to spare:
 * <ul>
 *   <li>the card: an Adaptive Card in Teams may be at most about 28 KB, counted here as the card's JSON in UTF-8
 *       bytes, kept under {@value #MAX_CARD_BYTES};</li>
 *   <li>the message: Teams counts "the entire message payload encoded as UTF-16" against its bot message limit
 *       (100 KB, with 80 KB recommended; formerly 40 KB), counted here as the serialized activity's UTF-16 bytes
 *       (two per char), kept under {@value #MAX_ACTIVITY_UTF16_BYTES}, less {@value #ENVELOPE_BYTES} for the
 *       conversation ids and addresses botbuilder adds when it sends the activity.</li>
 * </ul>
 * An answer that does not fit is split across several cards ({@link AnswerCard#activities}).
 *
 * @see <a href="https://learn.microsoft.com/microsoftteams/platform/bots/how-to/format-your-bot-messages">Format your
 *      bot messages</a>
 */
final class CardSizes {

    static final int MAX_CARD_BYTES = 27_000;
    static final int MAX_ACTIVITY_UTF16_BYTES = 78_000;
    static final int ENVELOPE_BYTES = 4_000;
    private static final JacksonAdapter JSON = new JacksonAdapter();

    private CardSizes() {
    }

    static boolean fits(Activity activity) {
        return cardBytes(activity) <= MAX_CARD_BYTES && activityUtf16Bytes(activity) + ENVELOPE_BYTES <= MAX_ACTIVITY_UTF16_BYTES;
    }

    /** The first attachment's card JSON, in UTF-8 bytes. */
    static int cardBytes(Activity activity) {
        return serialize(activity.getAttachments().get(0).getContent()).getBytes(StandardCharsets.UTF_8).length;
    }

    /** The activity as botbuilder serializes it, in UTF-16 bytes. */
    static int activityUtf16Bytes(Activity activity) {
        return serialize(activity).length() * 2;
    }

    private static String serialize(Object value) {
        try {
            return JSON.serialize(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
