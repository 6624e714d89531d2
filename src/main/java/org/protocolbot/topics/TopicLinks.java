package org.protocolbot.topics;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.protocolbot.corpus.IngestException;

/**
 * Which topics each clause speaks to, and how strongly: written by {@code ingest} as
 * {@code knowledge/topic-links.json} so a monitoring officer can review them, and read at start-up.
 *
 * @param links for each clause id ({@code kirklees:6.3}), its topics, strongest first
 */
public record TopicLinks(Map<String, List<Link>> links) {

    public static final String FILE_NAME = "topic-links.json";
    /** The same links as lines, grouped by council, for a monitoring officer to read beside the ingest report. */
    public static final String REPORT_NAME = "topic-report.txt";
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * @param topic    topic id
     * @param strength similarity of the clause to the topic (plus the heading bonus), rounded to three places
     * @param pinned   set by the council's manifest entry rather than computed
     */
    public record Link(String topic, double strength, boolean pinned) {
    }

    private record File(String about, Map<String, List<Link>> links) {
    }

    private static final String ABOUT = "Written by `protocol-bot ingest`: for each clause, the topics of "
            + "knowledge/topics.json it speaks to, strongest first. Computed from MiniLM similarity to each topic's "
            + "description and phrasings, plus a bonus when the clause's heading uses the topic's heading words; "
            + "\"pinned\" links come from the council's \"topicPins\" in manifest.json. Do not edit by hand: change "
            + "topics.json or the pins and run ingest again.";

    public TopicLinks {
        Map<String, List<Link>> copy = new LinkedHashMap<>();
        links.forEach((clause, list) -> copy.put(clause, List.copyOf(list)));
        links = java.util.Collections.unmodifiableMap(copy);
    }

    public List<Link> of(String clauseId) {
        return links.getOrDefault(clauseId, List.of());
    }

    public byte[] toJson() {
        try {
            return (JSON.writeValueAsString(new File(ABOUT, links)) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("serialising links in memory cannot fail", e);
        }
    }

    public static TopicLinks read(InputStream in, String where) {
        try {
            File file = JSON.readValue(in, File.class);
            return new TopicLinks(file.links() == null ? Map.of() : file.links());
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IngestException(where + ": not a valid topic-links file (" + e.getMessage().lines().findFirst().orElse("")
                    + "); run `protocol-bot ingest` to rebuild it", e);
        }
    }
}
