package org.protocolbot.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises councils by id, alias or name: as a command word ({@code leeds 7.4}) or named inside a
 * question ("In Leeds, can officers ..."). Matching is on whole words, longest name first, so
 * "Kensington and Chelsea" wins over a shorter alias.
 */
public final class CouncilNames {

    /** A phrase and its whole-word pattern, compiled once: questions are matched against every council's names. */
    private record Name(String phrase, String councilId, Pattern wholeWord, Pattern withItsCouncil) {
        Name(String phrase, String councilId) {
            this(phrase, councilId, Pattern.compile("(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(phrase) + "(?![\\p{L}\\p{N}\\-])"),
                    Pattern.compile("(?i)(?<![\\p{L}\\p{N}\\-])" + Pattern.quote(phrase)
                            + "(?:'s|s')?(?: (?:city|borough|metropolitan|county|district))?(?: council(?:'s)?)?(?![\\p{L}\\p{N}\\-])"));
        }
    }

    private final List<Name> names;

    public CouncilNames(List<Council> councils) {
        List<Name> all = new ArrayList<>();
        for (Council council : councils) {
            all.add(new Name(council.id().toLowerCase(Locale.ROOT), council.id()));
            for (String alias : council.aliases()) {
                all.add(new Name(alias.toLowerCase(Locale.ROOT), council.id()));
            }
        }
        // Longest phrase first; ties broken by phrase so the order never depends on the manifest's map order.
        all.sort((a, b) -> a.phrase.length() != b.phrase.length()
                ? Integer.compare(b.phrase.length(), a.phrase.length())
                : a.phrase.compareTo(b.phrase));
        this.names = List.copyOf(all);
    }

    /** The council a single command word stands for ({@code leeds}, {@code RBKC}, {@code appendix-j}). */
    public Optional<String> resolveWord(String word) {
        String w = word == null ? "" : word.strip().toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.phrase.equals(w)).map(Name::councilId).findFirst();
    }

    /** The one council a question names, if it names exactly one. */
    public Optional<String> namedIn(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\-]+", " ") + " ";
        String found = null;
        for (Name name : names) {
            Matcher m = name.wholeWord.matcher(lower);
            if (m.find()) {
                if (found != null && !found.equals(name.councilId)) {
                    return Optional.empty();
                }
                found = name.councilId;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The text with every council name, alias and id replaced, along with a "council"/"city council" or "'s" that
     * goes with it ("Leeds City Council's protocol"): used once the name has set the scope, so it does not weigh on
     * what the question is about.
     */
    public String withoutNames(String text, String replacement) {
        String out = text;
        for (Name name : names) {
            out = name.withItsCouncil.matcher(out).replaceAll(java.util.regex.Matcher.quoteReplacement(" " + replacement + " "));
        }
        return out.replaceAll("\\s+", " ").strip();
    }
}
