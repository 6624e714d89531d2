package org.protocolbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.protocolbot.corpus.CouncilNames;

/**
 * Separates a question from its wrapping before retrieval: @mentions, greetings and sign-offs, "what does the Leeds
 * protocol say about…", "under the protocol", "according to our code". A council named in the wrapping (or anywhere)
 * sets the scope and its name is taken out, so "what does kirklees say about access to documents" is searched as
 * "access to documents" within Kirklees rather than as a question about the word "kirklees". What is left is never
 * empty: if stripping would leave nothing, the question is kept as typed.
 */
public final class QuestionWrapping {

    /**
     * @param subject the question to search with
     * @param council the one council the text names, if any
     */
    public record Unwrapped(String subject, Optional<String> council) {
    }

    private static final String PROTOCOL_WORDS = "(?:protocol|protocols|code|rules|guidance|guidelines|constitution|policy)";
    /** Stands for a council's name once it has set the scope, so the lead-ins below can include it. */
    private static final String COUNCIL = "\u2063council\u2063";
    private static final String WHOSE = "(?:the |our |my |this )?(?:" + COUNCIL + " )?";
    private static final List<Pattern> LEAD_INS = List.of(
            // Chat mentions: Slack <@U123>, Teams <at>bot</at>, a typed @name.
            Pattern.compile("<@[^>]*>|<at>[^<]*</at>|(?<![\\w.])@[\\w.-]+"),
            Pattern.compile("^(?:hi|hello|hey|hiya|morning|afternoon|evening|good (?:morning|afternoon|evening)|greetings"
                    + "|quick (?:question|q)|sorry to (?:bother|trouble) you|question|query|bot|all)\\b[ ,.!:;-]*"),
            Pattern.compile("^(?:can you|could you|please|pls|plz)? *(?:tell me|remind me|let me know|explain)\\b[ ,:]*"),
            Pattern.compile("^(?:what|where) (?:does|do|did|is|are) " + WHOSE + "(?:" + PROTOCOL_WORDS + " )?"
                    + "(?:say|says|state|states|cover|covers|have|has|provide|set out|require|mean|allow)(?: to say)?"
                    + "(?: anything)?(?: (?:about|on|regarding|re|in relation to|when it comes to|for))?\\b[ ,:]*"),
            Pattern.compile("^(?:is there|are there) (?:anything|something|a rule|any rules?|any guidance|a section|any provision)"
                    + "(?: in)? " + WHOSE + "(?:" + PROTOCOL_WORDS + " )?(?:about|on|regarding|covering|for)\\b[ ,:]*"),
            Pattern.compile("^(?:under|according to|in terms of|per|as per|in) " + WHOSE + PROTOCOL_WORDS + "\\b[ ,:]*"),
            Pattern.compile("[ ,]*(?:under|according to|in terms of|as per|per|in) " + WHOSE + PROTOCOL_WORDS + "\\s*(?=[?.!]*$)"),
            Pattern.compile("^in " + COUNCIL + "[ ,:]*"));
    private static final Pattern SIGN_OFF = Pattern.compile(
            "[ ,.!]*(?:thanks|thank you|thx|ta|cheers|many thanks|much appreciated|please|pls)(?: (?:in advance|a lot|so much))?[ .!]*$");

    private final CouncilNames councils;

    public QuestionWrapping(CouncilNames councils) {
        this.councils = councils;
    }

    public Unwrapped unwrap(String text) {
        String original = text == null ? "" : text.strip();
        Optional<String> council = councils.namedIn(original);
        String subject = original.replace('’', '\'').replace('‘', '\'');
        if (council.isPresent()) {
            subject = councils.withoutNames(subject, COUNCIL);
        }
        for (Pattern lead : LEAD_INS) {
            subject = strip(subject, lead);
        }
        subject = strip(subject, SIGN_OFF).replace(COUNCIL, " ");
        subject = subject.replaceAll("\\s+", " ").replaceAll("\\s+([?.!,;:])", "$1").replaceAll("^[ ,.:;!?-]+", "").strip();
        return new Unwrapped(subject.codePoints().anyMatch(Character::isLetterOrDigit) ? subject : original, council);
    }

    private static String strip(String text, Pattern pattern) {
        String lower = text.toLowerCase(Locale.ROOT);
        var m = pattern.matcher(lower);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start()).append(' ');
            last = m.end();
        }
        return out.append(text.substring(last)).toString().strip();
    }
}
