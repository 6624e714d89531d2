package org.protocolbot.guard;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Refuses requests to advise on or do party business, as an impartial officer would.
 *
 * <p>A refusal needs two things: a party-business <em>topic</em> (campaigning, group voting, attack lines, party
 * communications, candidate selection, party comparison, party strategy) and a <em>request</em> that the bot do or
 * advise on it (an instruction, "can you…", or "what/which/how should we/our group…"). A question about what the
 * protocol allows an officer or councillor to do ("Can I stay while the group decides how to vote?", "May a
 * councillor use the council laptop for campaigning?") is a protocol question and is never refused, however
 * political its subject. Nothing in the text can switch the guard off: there is no model to instruct.
 */
public final class PartyBusinessGuard implements QuestionGuard {

    /** A party-business topic; {@code standalone} topics (which party is better) need no explicit request. */
    private record Rule(String name, Pattern topic, boolean standalone) {
        Rule(String name, Pattern topic) {
            this(name, topic, false);
        }
    }

    private static final String PARTIES = "labour|conservatives?|tor(?:y|ies)|lib ?dems?|liberal democrats?|greens?|green party"
            + "|reform(?: uk)?|snp|plaid(?: cymru)?|ukip|independents?";

    private static final List<Rule> RULES = List.of(
            new Rule("party-business:group-voting", Pattern.compile(
                    "\\bwhip(?:s|ped|ping)?\\b|\\bhow (?:should|do|to|can) (?:we|i|our \\w+|my \\w+|the (?:\\w+ )?(?:group|party)) vote\\b"
                            + "|\\b(?:back|support|oppose|ditch|remove) (?:the|our) (?:leader|administration)\\b|\\bno[- ]confidence\\b"
                            + "|\\bfall into line\\b|\\bbackbenchers?\\b|\\brebels?\\b|\\b(?:keep|bring) (?:the |our )?(?:group|members) (?:in line|together|onside)\\b"
                            + "|\\bline (?:should|shall|do|must) (?:we|i|the|our)\\b.*\\btake\\b|\\b(?:group|party) line\\b"
                            + "|\\bvote (?:for|against) (?:the )?(?:budget|motion|leader|administration)\\b")),
            new Rule("party-business:attack-lines", Pattern.compile(
                    "\\battack(?:s|ing|ed)?\\b|\\brebut\\w*|\\bsmear\\w*|\\bdiscredit\\w*|\\bopposition research\\b|\\bdirt\\b|\\bdig up\\b"
                            + "|\\bembarrass\\w*|\\bslam(?:s|ming|med)?\\b|\\bwreck(?:ed|ing|s)?\\b|\\bhumiliat\\w*"
                            + "|\\b(?:beat|defeat|destroy|undermine|embarrass) (?:the )?(?:" + PARTIES + "|opposition|administration|other (?:side|party|parties)|our opponents?)\\b"
                            + "|\\bweak(?:ness|nesses|est) (?:of|in) (?:the )?(?:" + PARTIES + "|opposition|administration)\\b")),
            new Rule("party-business:campaigning", Pattern.compile(
                    "\\bcampaign\\w*|\\bcanvass\\w*|\\belectioneer\\w*|\\bre-?elect\\w*|\\bget[- ]out[- ]the[- ]vote\\b|\\bdoor-?knock\\w*|\\bgotv\\b"
                            + "|\\b(?:win|winning|hold|gain|take) (?:the |a |an |our |my |this |next )?(?:seat|ward|election|by-election|council|majority|votes?)\\b"
                            + "|\\btarget(?:ed|ing)? (?:\\w+ )?(?:ward|seat|voters?|residents)\\b|\\bward should (?:we|our|the|my)\\b.*\\btarget\\b"
                            + "|\\bwards?\\b.*\\b(?:win|lose|gain|hold|target)\\b|\\bwinnable\\b|\\bswing voters?\\b|\\bmarginal (?:ward|seat)s?\\b|\\bvoters?\\b.*\\b(?:persuade|convince|win over)\\b")),
            new Rule("party-business:party-communications", Pattern.compile(
                    "\\bspeech(?:es)?\\b|\\bpress releases?\\b|\\bsocial media\\b|\\b(?:facebook|instagram|twitter|tiktok|linkedin|whatsapp) (?:posts?|messages?|updates?)\\b"
                            + "|\\btweets?\\b|\\bnewsletters?\\b|\\bleaflets?\\b|\\bposters?\\b|\\bpledges?\\b|\\bop-?eds?\\b|\\bletters? to the editor\\b"
                            + "|\\bmanifestos?\\b|\\bslogans?\\b|\\btalking points\\b|\\bsound ?bites?\\b|\\bpolitical (?:message|messaging|broadcast)\\b")),
            new Rule("party-business:candidate-selection", Pattern.compile(
                    "\\bcandidates?\\b|\\bshortlist\\w*|\\bdeselect\\w*|\\bleadership (?:contest|election|bid|challenge)\\b|\\bsafe seat\\b"
                            + "|\\b(?:choose|pick|select|elect|appoint|back)\\b.{0,40}\\b(?:leader|candidate|chair|whip|nominee)\\b")),
            new Rule("party-business:party-comparison", Pattern.compile(
                    "\\b(?:which|what) (?:political )?party\\b.*\\b(?:better|best|vote for|support|join|right)\\b"
                            + "|\\b(?:better|best|worse|worst) (?:political )?party\\b|\\bwho should (?:i|we) vote for\\b"
                            + "|\\b(?:" + PARTIES + ")\\b.*\\bor\\b.*\\b(?:" + PARTIES + ")\\b.*\\b(?:better|best|worse|right|trust|vote)\\b"
                            + "|\\b(?:" + PARTIES + ") (?:is |are )?(?:better|best|worse|worst|right|wrong)\\b|\\b(?:better|worse) than (?:the )?(?:" + PARTIES + ")\\b"
                            + "|\\bshould (?:i|we) (?:vote for|support|join) (?:the )?(?:" + PARTIES + ")\\b"), true),
            new Rule("party-business:party-strategy", Pattern.compile(
                    "\\bstrateg(?:y|ies|ist|ists|ic plan)\\b|\\btactics?\\b|\\bpolitical advantage\\b|\\bscore (?:political )?points\\b")));

    /** Asking the bot to do or advise: an instruction, "can you…", or "what/which/how should we/our group…". */
    private static final Pattern REQUEST = Pattern.compile(
            "^(?:(?:please|ok|okay|hey|so|now|bot|and)[ ,]+)*(?:write|draft|compose|create|prepare|produce|make|give|tell|suggest|plan"
                    + "|help|advise|pretend|act as|imagine|role-?play|list|rank|come up with|devise|design|outline|brainstorm|recommend"
                    + "|find|identify|generate|put together|craft|ignore|forget|decide|choose|pick|work out|dig|research|compile|gather"
                    + "|spin|post|publish|send|get|show|draw up|sketch|polish|improve|rewrite|explain how (?:we|i) (?:can|could|should))\\b"
                    + "|\\b(?:can|could|would|will) you\\b|\\byou (?:are|'re) (?:now |a |my |our )"
                    + "|\\b(?:what|which|how|who|where|when|why)\\b[^?]*\\b(?:should|shall|can|could|do|must|ought)\\b[^?]*\\b(?:we|our|us|i|me|my|the (?:\\w+ ){0,3}(?:group|party)|" + "(?:" + PARTIES + ")(?: group| party)?)\\b"
                    + "|\\b(?:our|my) (?:party|party's|group|group's|campaign|candidates?|leader|group leader|manifesto|re-?election|opponents?|councillors|members|activists|backbenchers|branch|election agent)\\b"
                    + "|\\bas (?:my|our|a|the) (?:party|party's|group's|election|campaign)\\b"
                    + "|\\b(?:i|we) (?:want|need|would like|'d like) (?:to|you|a|an|some)\\b");

    /**
     * A question about what the protocol lets a role do: "Can I…", "May a councillor…", "Should officers…",
     * "Is it allowed…". The subject is a protocol actor, not "you" (the bot) and not "we/our group".
     */
    private static final Pattern PROTOCOL_QUESTION = Pattern.compile(
            "^(?:(?:please|ok|okay|hey|so|quick question)[ ,:]+)*(?:(?:can|may|must|should|could|might|would|will|do|does|did|is|are|am|was|were|has|have)\\s+"
                    + "(?:i|an? (?:\\w+ )?(?:officer|councillor|member|employee|chair(?:man)?|director|manager|officer)|officers|councillors|members|staff|employees"
                    + "|the (?:officer|councillor|member|chief executive|monitoring officer|council|cabinet|executive|leader)|it|there|they|he|she"
                    + "|political assistants?|a political assistant|junior staff|senior officers|ward councillors)\\b"
                    + "|(?:is it|are (?:officers|councillors|members|staff)|am i|is (?:an? )?(?:officer|councillor|member)) (?:ok|okay|allowed|permitted|acceptable|appropriate|proper|right|fine|able|expected|required|entitled)\\b"
                    + "|what (?:does|do) the protocol\\b|what (?:should|can|must|may) (?:i|an? officer|officers|a councillor|councillors|members|staff) do\\b"
                    + "|how should (?:i|an? officer|officers|a councillor|councillors|members|staff) (?:respond|react|handle|deal|reply)\\b"
                    + "|who (?:should|can|do|does|must)\\b[^?]*\\b(?:i|officers?|councillors?|members?|staff)\\b)");

    @Override
    public GuardVerdict check(String question) {
        String text = normalise(question);
        if (text.isEmpty()) {
            return GuardVerdict.allow();
        }
        for (Rule rule : RULES) {
            if (rule.topic().matcher(text).find() && (rule.standalone() || REQUEST.matcher(text).find())
                    && !PROTOCOL_QUESTION.matcher(text).find()) {
                return GuardVerdict.refuse(rule.name());
            }
        }
        return GuardVerdict.allow();
    }

    private static String normalise(String question) {
        return question == null ? "" : question.toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'')
                .replaceAll("[\\p{Cc}\\p{Cf}]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
