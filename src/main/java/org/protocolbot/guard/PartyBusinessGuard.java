package org.protocolbot.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests to advise on or do party business, as an impartial officer would.
 *
 * <p>A refusal needs two things: a party-business <em>topic</em> (campaigning, group voting, attack lines, party
 * communications, candidate selection, party comparison, party strategy) and a <em>request</em> that the bot do or
 * advise on it (an instruction, "can you…", "what should we/our group…", "I need…"). A question about what the
 * protocol allows an officer or councillor to do ("Can I stay while the group decides how to vote?", "May a
 * councillor use the council laptop for campaigning?", "…what should I do?") is a protocol question and is never
 * refused, however political its subject. Nothing in the text can switch the guard off: there is no model to instruct.
 */
public final class PartyBusinessGuard implements QuestionGuard {

    /** A party-business topic; {@code standalone} topics (which party is better) are a request in themselves. */
    private record Rule(String name, Pattern topic, boolean standalone) {
        static Rule of(String name, boolean standalone, String... phrases) {
            return new Rule(name, Pattern.compile(String.join("|", phrases)), standalone);
        }
    }

    private static final String PARTIES = "(?:labour|conservatives?|tor(?:y|ies)|lib ?dems?|liberal democrats?|greens?|green party"
            + "|reform(?: uk)?|snp|plaid(?: cymru)?|ukip|independents?|ind(?:y|ies))";
    private static final String A_GROUP = "(?:the |our |my |their )?(?:" + PARTIES + " )?(?:group|party)";

    private static final List<Rule> RULES = List.of(
            Rule.of("party-business:group-voting", false,
                    "\\bwhip(?:s|ped|ping)?\\b",
                    "\\bhow (?:should |do |to |can |will )?(?:we |i |our \\w+ |my \\w+ |the (?:\\w+ )?(?:group|party) |they |members )?vote\\b",
                    "\\b(?:back|support|oppose|ditch|remove) (?:the|our) (?:leader|administration)\\b", "\\bno[- ]confidence\\b",
                    "\\bfall into line\\b", "\\bbackbenchers?\\b", "\\brebels?\\b",
                    "\\b(?:keep|bring) (?:the |our )?(?:group|members) (?:in line|together|onside)\\b",
                    "\\bline (?:should|shall|do|must) (?:we|i|the|our)\\b.*\\btake\\b", "\\b(?:group|party) line\\b",
                    "\\bvote (?:for|against) (?:the )?(?:budget|motion|leader|administration)\\b",
                    "\\bwhich way (?:should )?(?:we|i|they|the group|our group|our members|members)? ?(?:should )?vote\\b",
                    "\\bdefect\\w*", "\\bpoach\\w*", "\\bcross the floor\\b"),
            Rule.of("party-business:attack-lines", false,
                    "\\battack(?:s|ing|ed)?\\b", "\\brebut\\w*", "\\bsmear\\w*", "\\bdiscredit\\w*", "\\bopposition research\\b",
                    "\\bdirt\\b", "\\bdig up\\b", "\\bembarrass\\w*", "\\bslam(?:s|ming|med)?\\b", "\\bwreck(?:ed|ing|s)?\\b",
                    "\\bhumiliat\\w*", "\\bexploit\\w*", "\\b(?:look|looks|looking) bad\\b", "\\bvulnerab\\w*",
                    "\\btrip(?:s|ping)? (?:\\w+ ){0,3}up\\b", "\\bhurt (?:the |their |him|her|them)",
                    "\\bdamag(?:e|ing) (?:him|her|them|the \\w+|their|his)\\b", "\\bbroken promises?\\b", "\\bweak (?:spots?|points?)\\b",
                    "\\b(?:" + PARTIES + "|opposition|administration|opponents?)\\b.*\\bweak(?:ness|nesses|est)?\\b",
                    "\\b(?:beat|defeat|destroy|undermine|outmanoeuvre|outmaneuver) (?:the )?(?:" + PARTIES
                            + "|opposition|administration|cabinet|other (?:side|party|parties)|our opponents?|them)\\b",
                    "\\bweak(?:ness|nesses|est|ly)?\\b.*\\b(?:" + PARTIES + "|opposition|administration|opponents?)\\b",
                    "\\barguments? (?:for|against) (?:the )?(?:" + PARTIES + "|opposition|administration)",
                    "\\barguments? (?:\\w+ ){0,3}against (?:the |our |my |their )?(?:" + PARTIES + "|opposition|administration|opponents?|\\w+ candidate)"),
            Rule.of("party-business:campaigning", false,
                    "\\bcampaign\\w*", "\\bcanvass\\w*", "\\bcanvas(?:ing|ser|sers)?\\b", "\\belectioneer\\w*", "\\bre-?elect\\w*", "\\bget[- ]out[- ]the[- ]vote\\b",
                    "\\bdoor-?knock\\w*", "\\bgotv\\b", "\\bnext election\\b", "\\bby-?election\\b",
                    "\\b(?:win|winning|hold|gain|take|keep) (?:the |a |an |our |my |this |next |back )?(?:seat|ward|election|council|majority|control|votes?)\\b",
                    // A ward is usually named: "take Park ward back", "win Almondbury ward".
                    "\\b(?:win|winning|won|gain|take|taking|keep|hold|lose|losing|lost) (?:back )?(?:the )?(?:\\w+ ){1,2}(?:ward|seat)s?\\b",
                    "\\b(?:win|take|get|snatch|grab)(?:s|ing)? (?:(?:it|them|the|our|\\w+) ){0,3}back (?:off|from)\\b",
                    "\\b(?:get|win|gain|attract|increase|more|extra|lose|losing) (?:\\w+ )?votes?\\b",
                    "\\btake control\\b", "\\btarget(?:ed|ing)? (?:\\w+ )?(?:ward|seat|voters?|residents)\\b",
                    "\\bwards?\\b.*\\b(?:win|lose|gain|hold|target)\\b", "\\bwinnable\\b", "\\bswing voters?\\b",
                    "\\bmarginal (?:ward|seat)s?\\b", "\\b(?:wards?|seats?)\\b.*\\bmarginal\\b",
                    "\\bflip(?:s|ped|ping)? (?:\\w+ ){0,2}(?:wards?|seats?|them|it)\\b", "\\bvoters?\\b.*\\b(?:persuade|convince|win over)\\b",
                    "\\bwin(?:ning)? over\\b", "\\bdoorsteps?\\b", "\\bphone ?bank\\w*", "\\bswing\\b",
                    "\\boverturn\\w* (?:the |their |a |his |her )?majority\\b"),
            Rule.of("party-business:party-fundraising", false,
                    "\\bfund-?rais\\w*", "\\bcrowd-?fund\\w*", "\\b(?:fighting|campaign|election) funds?\\b", "\\braise money\\b", "\\bparty donations?\\b",
                    "\\bmembership (?:drive|subscriptions?|numbers|recruitment)\\b", "\\brecruit (?:more )?(?:party )?members\\b"),
            Rule.of("party-business:party-communications", false,
                    "\\bspeech(?:es)?\\b", "\\bpress releases?\\b", "\\bsocial media\\b",
                    "\\b(?:facebook|instagram|twitter|tiktok|linkedin|whatsapp) (?:posts?|messages?|updates?)\\b",
                    "\\btweets?\\b", "\\bnewsletters?\\b", "\\bleaflets?\\b", "\\bposters?\\b", "\\bpledges?\\b", "\\bop-?eds?\\b",
                    "\\bletters? to (?:the editor|residents|voters|constituents)\\b", "\\bmanifestos?\\b", "\\bslogans?\\b",
                    "\\btalking points\\b", "\\bsound ?bites?\\b", "\\bpolitical (?:message|messaging|broadcast)\\b",
                    "\\brespond to the (?:press|media)\\b", "\\b(?:spin|messaging)\\b",
                    "\\b(?:from|for|on behalf of) (?:the |our |my )?" + PARTIES + "(?: group| party)?\\b"),
            Rule.of("party-business:candidate-selection", false,
                    "\\bcandidates?\\b", "\\bshortlist\\w*", "\\bdeselect\\w*", "\\bsafe seat\\b",
                    "\\bleadership (?:contest|election|bid|challenge|race)\\b",
                    "\\b(?:choose|pick|select|elect|appoint|back)\\b.{0,40}\\b(?:leader|candidate|chair|whip|nominee)\\b"),
            Rule.of("party-business:party-comparison", true,
                    "\\b(?:which|what) (?:political )?party\\b.*\\b(?:better|best|vote for|support|join|right)\\b",
                    "\\b(?:better|best|worse|worst) (?:political )?party\\b", "\\bwho should (?:i|we) vote for\\b",
                    "\\b" + PARTIES + "\\b.*\\bor\\b.*\\b" + PARTIES + "\\b.*\\b(?:better|best|worse|right|trust|vote)\\b",
                    "\\b" + PARTIES + " (?:is |are )?(?:better|best|worse|worst|right|wrong)\\b",
                    "\\b(?:better|worse) than (?:the )?" + PARTIES + "\\b",
                    "\\bshould (?:i|we) (?:vote (?:for )?|support |join )(?:the )?" + PARTIES + "\\b",
                    "\\bwho(?:'s|s| is) (?:better|best|right)\\b.*\\b(?:" + PARTIES + "|group|party)\\b",
                    "\\b(?:best|better|right|strongest) (?:candidate|leader|choice) (?:for|to)\\b",
                    "\\b(?:better|worse|stronger|weaker) (?:leader|councillor|candidate|politician|mayor) than\\b",
                    "\\b(?:back|support|vote for|choose|prefer|pick) (?:the )?" + PARTIES + " over (?:the )?" + PARTIES + "\\b"),
            Rule.of("party-business:party-strategy", false,
                    "\\bstrateg(?:y|ies|ist|ists|ic plan)\\b", "\\btactics?\\b", "\\bpolitical advantage\\b",
                    "\\bscore (?:political )?points\\b", "\\bhelp " + A_GROUP + " (?:to )?(?:win|respond|prepare|plan|decide|beat)\\b"));

    /** Asking the bot to do or advise: an instruction, "can you…", "what should we/our group…", "I need…". */
    private static final Pattern REQUEST = Pattern.compile(String.join("|",
            "^(?:(?:please|ok|okay|hey|so|now|bot|and)[ ,]+)*(?:write|draft|compose|create|prepare|produce|make|give|tell|suggest"
                    + "|plan|help|advise|pretend|act as|imagine|role-?play|list|rank|come up with|devise|design|outline|brainstorm"
                    + "|recommend|find|identify|generate|put together|craft|ignore|forget|decide|choose|pick|work out|dig|research"
                    + "|compile|gather|spin|post|publish|send|get|show|draw up|sketch|polish|improve|rewrite)\\b",
            "\\b(?:can|could|would|will) you\\b", "\\byou (?:are|'re) (?:now |a |my |our )",
            "\\b(?:what|which|how|who|where|when|why)\\b[^?]*\\b(?:should|shall|can|could|would|do|must|ought)\\b[^?]*\\b(?:we|our|us|i|me|my|"
                    + "(?:the|a|an) (?:\\w+ ){0,3}(?:group|party|branch)|" + PARTIES + "(?: group| party)?)\\b",
            "\\bwhat(?:'s| is) the best way\\b", "\\bbest way to\\b",
            // Asking which line works, without a modal: "what messaging works best", "which issues will win".
            "\\b(?:what|which)\\b[^?]*\\b(?:works? best|work(?:s)? well|land best|(?:will|would) (?:win|work|land|play well|swing)|(?:is|are) most effective)\\b",
            "\\bwhat(?:'s| is| are) the (?:\\w+ )?(?:smallest|biggest|best|strongest|most effective|quickest|easiest|cheapest)\\b",
            // A request whose subject chat drops: "want to target them…".
            "^(?:want|need|wanna) (?:to )?\\w+",
            "\\byou(?:'re| are) (?:the )?(?:perfect|best|ideal|right) (?:judge|person|one)\\b", "\\blet'?s role-?play\\b",
            "\\bhow (?:do|can|could|should|might|would) (?:i|we|they)\\b",
            "\\b(?:we|i) (?:can|could|should|might) (?:use|exploit|say|attack|win|beat)\\b",
            "\\b(?:our|my) (?:party|party's|group|group's|campaign|candidates?|leader|group leader|manifesto|re-?election"
                    + "|opponents?|councillors|members|activists|backbenchers|branch|election agent|leadership)\\b",
            "\\bas (?:my|our|a|the) (?:party|party's|group's|election|campaign)\\b",
            "\\b(?:i|we) (?:want|need|would like|'d like)\\b"));

    /**
     * Asking how to act under the protocol: "what should I do", "what should I have done", "how do I respond". It
     * must end the ask or go on with the situation ("…if a councillor asks me…", "…about it"), never with a purpose:
     * "what should I do to win the ward back" asks for campaign advice.
     */
    private static final String WHAT_SHOULD_I_DO = "(?:what (?:should|can|must|may|do) (?:i|an? officer|officers|a councillor|councillors|members|staff) (?:do|have done)"
            // Saying something back to a person is how to act; "what should I say in our leaflet" is a request.
            + "|what (?:should|can|do) (?:i|an? officer|officers) (?:say|have said) to (?:him|her|them|the (?:cllr|councillor|member|chair|leader|director|exec member))"
            // Looking back on what one said is how to act; "what should I say in our leaflet" asks for party words.
            + "|what (?:should|could) (?:i|an? officer|officers) have said"
            + "|how (?:should|do|can|could|must) (?:i|an? officer|officers|a councillor|councillors|members|staff) (?:have )?"
            + "(?:respond(?:ed)?|react(?:ed)?|handle[d]?|deal|dealt|repl(?:y|ied)|answer(?:ed)?|say no|said no|decline[d]?|refuse[d]?))"
            + "(?=\\s*(?:[?.!]|$)|\\s+(?:about (?:it|this|that)|if|when|where|here|now|next|then|after|before|so)\\b"
            + "|\\s+in (?:that|this|such an?) (?:case|situation)\\b"
            + "|\\s+(?:(?:to|with) )?(?:him|her|them|that|this|it)\\s*(?:[?.!]|$))";

    /**
     * A question about what the protocol lets a role do: "Can I…", "May a councillor…", "Should officers…",
     * "Is it allowed…", "…what should I do?". The subject is a protocol actor, not "you" (the bot) and not
     * "we/our group". It may open any sentence of the message.
     */
    private static final Pattern PROTOCOL_QUESTION = Pattern.compile(
            "(?:^|[.!?;:]\\s+)(?:(?:please|ok|okay|hey|so|quick question|but|and|then|next time|as an? (?:cllr|councillor|officer|member|chair)|if [^,?]{1,80},)[ ,:]+)*(?:(?:can|may|must|should|could|might|would|will|do|does|did|is|are|am|was|were|has|have)\\s+"
                    + "(?:i|an? (?:\\w+ )?(?:officer|councillor|member|employee|chair(?:man)?|director|manager)|officers|councillors|members|staff|employees"
                    + "|the (?:officer|councillor|member|chief executive|monitoring officer|council|cabinet|executive|leader)|it|there|they|he|she"
                    + "|political assistants?|a political assistant|junior staff|senior officers|ward councillors)\\b"
                    // "Should I vote Green or Labour?" asks which party, not what the protocol allows.
                    + "(?! vote (?:for\\b|(?:the )?" + PARTIES + "\\b))"
                    + "|(?:is it|are (?:officers|councillors|members|staff)|am i|is (?:an? )?(?:officer|councillor|member)) (?:still )?(?:ok|okay|allowed|permitted|acceptable|appropriate|proper|right|fine|able|expected|required|entitled|bound|obliged)\\b"
                    + "|" + WHAT_SHOULD_I_DO
                    + "|who (?:should|can|do|does|must)\\b(?![^?]*\\bvote for\\b)[^?]*\\b(?:i|officers?|councillors?|members?|staff)\\b)"
                    // "A councillor asked me to help with his campaign, what should I do?": the scenario's own ask.
                    + "|,\\s+" + WHAT_SHOULD_I_DO
                    // "What if the chair asks me which party's plan is better?": what to do when asked, not the asking.
                    + "|^(?:(?:but|and|so)[ ,]+)?what (?:if|happens if|do i do if|should i do if) (?:they|he|she|someone|somebody"
                    + "|an? (?:cllr|councillor|member|journalist|reporter)|the (?:cllr|councillor|member|chair|committee|panel|press|journalist|reporter))"
                    + "\\b[^?]*\\bask(?:s|ed)? (?:me|us|my|for my|an? officer|officers|staff)\\b"
                    + "|\\b(?:is|are) (?:that|this|it|they|these) (?:something|a thing|things) (?:an? )?(?:officers?|councillors?|members?|staff|i) (?:can|may|could|should|would) do\\b"
                    + "|\\b(?:is|are) (?:that|this|it|they|these) (?:ok|okay|allowed|permitted|acceptable|appropriate|proper|right|fine|legal)\\b"
                    // Asking where the rules are is asking about them: "where do I get guidance on what's allowed?".
                    + "|\\bwhere (?:do|can|could|should|would|might) (?:i|we|officers|councillors|members|staff) (?:get|find|look|go|check|read)\\b"
                    + "[^?]*\\b(?:guidance|rules?|advice|protocol|what(?:'s| is) (?:ok|okay|allowed|permitted)|what (?:we|i|they) (?:can|may))\\b"
                    + "|\\b(?:what|how) (?:does|do) (?:the |our |this )?protocol\\b"
                    + "|\\bthe protocol (?:say|says|allow|allows|permit|permits|cover|covers)\\b|\\b(?:under|according to) the protocol\\b");

    /**
     * Where a message's ask is: its last sentence or clause. "The protocol says officers can give groups factual
     * information, so factually speaking: which messages will swing the voters?" quotes the protocol in its wrapping,
     * but asks for campaign messages; "Our leader asked me to draft a press release. Is that allowed?" asks about the
     * protocol. Only the ask decides whether the message is a protocol question.
     */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern SEGMENT_BREAK = Pattern.compile("[.!?;:]+\\s+|,\\s*so\\b|\\bso,|\\s[-–—]+\\s");

    /**
     * Where a message starts a second ask: "…? also, …", "two things: 1) … 2) …", "…, and separately can you…",
     * "while you're at it…". Each ask is its own request, so a party-business one is not excused by the innocent
     * protocol question it is tacked onto. Only these explicit markers split: "can officers also attend…" does not.
     */
    private static final Pattern NEXT_ASK = Pattern.compile(
            "(?:^|(?<=[.!?;:,])\\s*|\\s[-–—]+\\s*)(?:(?:and|but|oh) )?(?:(?:also|plus|separately|on (?:a|another) (?:separate|different) note"
                    + "|(?:another|one more|second|other) (?:thing|question|q)|(?:second|third)ly"
                    + "|while (?:you'?re|your|you are|i'?ve got you|i have you) (?:at it|here|on)|p\\.?s\\.?)\\b[ ,:]*)+"
                    + "|(?:^|\\s)\\(?(?:[1-5]|[a-c])\\)\\s*");
    private static final int LEAST_ASK_WORDS = 3;

    /**
     * Where a premise ends and its conclusion begins: "…, so …". A dash or a colon is not one: in chat it more often
     * sets the scene for a question ("drafting a report on the care home - what should I watch for?"), which alone
     * would lose the scene that makes it a protocol question.
     */
    private static final Pattern PREMISE_BREAK = Pattern.compile(",\\s*so\\b[ ,]*|\\bso,\\s*");

    /** A supposition opening a clause, up to its comma: "if I were a lib dem wanting the seat, …", "say we lost, …". */
    private static final Pattern LEADING_SUPPOSITION = Pattern.compile(
            "^(?:(?:and|but|so)[ ,]+)?(?:if|suppose|supposing|imagine|imagining|say|assuming|assume)\\b[^,?]{1,120},\\s*");

    /** Words that wrap a request without changing it: they neither excuse nor condemn what follows. */
    private static final Pattern WRAPPING = Pattern.compile(
            "\\b(?:hypothetically(?: speaking)?|theoretically|in theory|factually speaking|purely factually|just factually"
                    + "|off the record|between (?:us|you and me)|for a friend|asking for a friend|as an impartial officer"
                    + "|impartially|neutrally|objectively(?: speaking)?|strictly speaking|just out of (?:interest|curiosity)"
                    + "|in your (?:opinion|view)|honestly)\\b[ ,:]*");

    /**
     * The protocol, or the bot's neutrality or duty, offered as the premise of a request: "the protocol says officers
     * can brief groups, so…", "you're supposed to be neutral, so…", "officers are there to support councillors, so
     * you can help". A message that argues its way to an ask is not excused by sounding like the protocol, so the
     * neighbours do not overrule a rule's refusal of it. The premise may come after the request, as the ask itself.
     */
    private static final Pattern PREMISE = Pattern.compile(
            "\\b(?:the |this |our )?protocol (?:says|said|allows|lets|permits|means)\\b"
                    + "|\\byou(?:'re| are) (?:supposed to be |meant to be |)(?:neutral|impartial)\\b"
                    + "|\\b(?:officers|you|staff)(?:'re| are) (?:meant|supposed|there|paid|employed) to (?:support|help|serve|assist)\\b"
                    + "|\\bofficers (?:can|may|help|brief|see|know)\\b[^,]*,\\s*so\\b"
                    + "|\\b(?:the )?(?:mo|monitoring officer) (?:said|says)\\b");

    /**
     * An instruction to produce words or lists, opening a sentence or clause: "please write our leaflet", "- draft
     * the press release", "give me three lines on…". With a party-business topic this is the request itself, never a
     * question about the rules misread, so the neighbours do not overrule it however protocol-like its context
     * ("I'm the group's political assistant, so party work is my job under the protocol - write…").
     */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "^(?:(?:please|ok|okay|hey|so|now|bot|and|great|right|thanks)[ ,!]+)*(?:write|draft|compose|create|prepare|produce|put together"
                    + "|craft|draw up|come up with|rewrite|polish|sketch|brainstorm|give (?:me|us))\\b");

    /**
     * What the rules make of a message, read once.
     *
     * @param verdict          refused by a rule, or allowed
     * @param protocolQuestion whether the message's ask (its last sentence or clause) asks what the protocol allows
     * @param beyondOverrule   whether a refused message offers the protocol or the bot's neutrality as a premise for its
     *                         ask, or instructs the bot to produce the words ({@link #INSTRUCTION}): either way the
     *                         neighbours do not overrule its refusal (only a refusal needs to know)
     */
    public record Assessment(GuardVerdict verdict, boolean protocolQuestion, boolean beyondOverrule) {
    }

    @Override
    public GuardVerdict check(String question) {
        return assess(question).verdict();
    }

    public Assessment assess(String question) {
        String text = unwrapped(question);
        String ask = ask(text);
        boolean protocolQuestion = !ask.isEmpty() && PROTOCOL_QUESTION.matcher(ask).find();
        if (text.isEmpty() || protocolQuestion) {
            return new Assessment(GuardVerdict.allow(), protocolQuestion, false);
        }
        // Each sentence or clause is matched on its own too: an instruction that opens any of them ("…, so write…",
        // "I'm standing in May - write…") opens a request, wherever the message puts its premise.
        List<String> segments = java.util.Arrays.stream(SEGMENT_BREAK.split(text)).map(String::strip).toList();
        boolean request = REQUEST.matcher(text).find() || segments.stream().anyMatch(segment -> REQUEST.matcher(segment).find());
        for (Rule rule : RULES) {
            if ((request || rule.standalone()) && rule.topic().matcher(text).find()) {
                boolean instructed = segments.stream().anyMatch(segment -> INSTRUCTION.matcher(segment).find());
                return new Assessment(GuardVerdict.refuse(rule.name()), false, argued(text) || instructed);
            }
        }
        return new Assessment(GuardVerdict.allow(), false, false);
    }

    /**
     * What the guard's second look reads. Of a message of more than one sentence, each sentence that asks (a
     * question or a request); the statements around an ask are its context, not what a refusal would refuse. And of
     * each asking sentence and of the last, the clause that asks when something comes before it: a premise ("the MO
     * says officers can give groups facts, so which wards are marginal?") or a supposition ("if an officer were
     * advising the greens, which wards would they target?"). The premise and the supposition are the wrapping; the
     * clause after them is what a refusal would refuse, and alone it no longer borrows the protocol's vocabulary.
     */
    public List<String> askingParts(String question) {
        String[] sentences = SENTENCE_BREAK.split(unwrapped(question));
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < sentences.length; i++) {
            String sentence = sentences[i].strip();
            boolean asks = asking(sentence);
            if (asks && sentences.length > 1) {
                parts.add(sentence);
            }
            String[] afterPremise = PREMISE_BREAK.split(sentence);
            String clause = LEADING_SUPPOSITION.matcher(afterPremise[afterPremise.length - 1].strip()).replaceFirst("").strip();
            if ((asks || i == sentences.length - 1) && !clause.equals(sentence)
                    && longEnoughToAsk(clause)) {
                parts.add(clause);
            }
        }
        return parts.stream().distinct().toList();
    }

    /** Fewer words than this are a fragment ("and you?"), not an ask to judge alone. */
    private static boolean longEnoughToAsk(String text) {
        return text.split("\\s+").length >= LEAST_ASK_WORDS;
    }

    private static boolean asking(String sentence) {
        return sentence.endsWith("?") || REQUEST.matcher(sentence).find();
    }

    /**
     * The asks of a message that makes more than one ({@link #NEXT_ASK}), each as it would be asked alone; none for a
     * message that makes one. Fragments of fewer than three words ("two things") are not asks.
     */
    public List<String> separateAsks(String question) {
        List<String> asks = java.util.Arrays.stream(NEXT_ASK.split(unwrapped(question))).map(String::strip)
                .filter(PartyBusinessGuard::longEnoughToAsk).toList();
        return asks.size() < 2 ? List.of() : asks;
    }

    /** Whether the message offers the protocol or the bot's neutrality as a premise, before its ask or as it. */
    private static boolean argued(String text) {
        return PREMISE.matcher(text).find();
    }

    private static String unwrapped(String question) {
        return WRAPPING.matcher(normalise(question)).replaceAll("").strip();
    }

    /** The last non-empty sentence or clause of a normalised message. */
    private static String ask(String text) {
        String[] segments = SEGMENT_BREAK.split(text);
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                return segments[i].strip();
            }
        }
        return "";
    }

    private static String normalise(String question) {
        return question == null ? "" : question.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'')
                .replaceAll("[\\p{Cc}\\p{Cf}]", "")
                .replaceAll("\\s+", " ").strip()
                // Chat shorthand for the words the rules read: "can u do me a tweet", "ur campaign".
                .replaceAll("\\bu\\b", "you").replaceAll("\\bur\\b", "your").replaceAll("\\bpls\\b|\\bplz\\b", "please")
                .replaceAll("\\bcn\\b", "can").replaceAll("\\brite\\b", "write").replaceAll("\\bw[aou]t\\b", "what")
                .replaceAll("\\bwhos\\b", "who's").replaceAll("\\bhav\\b", "have").replaceAll("\\br\\b", "are")
                .replaceAll("\\bb4\\b", "before").replaceAll("\\bw/?(?= )", "with");
    }
}
