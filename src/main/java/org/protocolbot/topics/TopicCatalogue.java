package org.protocolbot.topics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.protocolbot.corpus.IngestException;

/**
 * {@code knowledge/topics.json}: the council-independent catalogue of matters the protocols regulate, and of the
 * out-of-scope matters people ask about anyway. Reviewed by monitoring officers, so a mistake in it is reported with
 * the topic it is in rather than as a parser's internals.
 *
 * @param topics every topic, in file order
 */
public record TopicCatalogue(List<Topic> topics) {

    public static final String FILE_NAME = "topics.json";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private record File(String about, List<Topic> topics) {
    }

    public TopicCatalogue {
        topics = List.copyOf(topics);
        Set<String> ids = new HashSet<>();
        for (Topic topic : topics) {
            if (!ids.add(topic.id())) {
                throw new IllegalArgumentException("topic \"" + topic.id() + "\" appears twice");
            }
            if (topic.phrasings().isEmpty()) {
                throw new IllegalArgumentException("topic \"" + topic.id() + "\" has no phrasings");
            }
        }
    }

    public static TopicCatalogue empty() {
        return new TopicCatalogue(List.of());
    }

    public static TopicCatalogue read(InputStream in, String where) {
        try {
            File file = JSON.readValue(in, File.class);
            return new TopicCatalogue(file.topics() == null ? List.of() : file.topics());
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new IngestException(where + at + ": not a valid topic catalogue (" + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException | IllegalArgumentException | NullPointerException e) {
            throw new IngestException(where + ": not a valid topic catalogue (" + e.getMessage() + ")", e);
        }
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every phrasing of every topic, in order, and the topic each belongs to (by position in {@link #topics}). */
    public List<String> phrasings() {
        List<String> out = new ArrayList<>();
        topics.forEach(t -> out.addAll(t.phrasings()));
        return out;
    }

    public int[] phrasingOwners() {
        int[] owners = new int[topics.stream().mapToInt(t -> t.phrasings().size()).sum()];
        int at = 0;
        for (int t = 0; t < topics.size(); t++) {
            for (int k = 0; k < topics.get(t).phrasings().size(); k++) {
                owners[at++] = t;
            }
        }
        return owners;
    }
}
