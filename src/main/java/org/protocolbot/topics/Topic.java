package org.protocolbot.topics;

import java.util.List;
import java.util.Objects;

/**
 * One matter from {@code knowledge/topics.json}: what it is, and the ways people ask about it.
 *
 * @param id           stable id, e.g. {@code party-group-meetings}
 * @param kind         regulated by the protocols, or out of scope
 * @param title        a short name for reports
 * @param description  what the protocols say on it, in their vocabulary (links clauses to the topic at ingest)
 * @param headingWords words a section heading about it would use (also link clauses at ingest)
 * @param phrasings    how officers and councillors ask about it; a question is matched to its nearest phrasings
 */
public record Topic(String id, TopicKind kind, String title, String description, List<String> headingWords,
                    List<String> phrasings) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        title = title == null ? id : title;
        description = description == null ? "" : description;
        headingWords = headingWords == null ? List.of() : List.copyOf(headingWords);
        phrasings = phrasings == null ? List.of() : List.copyOf(phrasings);
    }
}
