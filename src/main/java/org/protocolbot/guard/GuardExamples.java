package org.protocolbot.guard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.protocolbot.corpus.IngestException;

/**
 * {@code knowledge/guard-examples.json}: requests an impartial officer must refuse (campaigning, whipping, attack
 * lines, party material, candidate selection…) and genuine protocol questions that mention parties, elections or
 * campaigning. The semantic guard compares a question with both banks, so the second keeps the first from refusing
 * questions merely for their vocabulary.
 *
 * @param partyBusiness     refused requests, by category
 * @param protocolQuestions answered questions, by category
 */
public record GuardExamples(List<Category> partyBusiness, List<Category> protocolQuestions) {

    public static final String FILE_NAME = "guard-examples.json";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A named group of examples. */
    public record Category(String category, List<String> examples) {
        public Category {
            category = category == null ? "" : category;
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    private record File(String about, List<Category> partyBusiness, List<Category> protocolQuestions) {
    }

    public GuardExamples {
        partyBusiness = partyBusiness == null ? List.of() : List.copyOf(partyBusiness);
        protocolQuestions = protocolQuestions == null ? List.of() : List.copyOf(protocolQuestions);
    }

    public static GuardExamples none() {
        return new GuardExamples(List.of(), List.of());
    }

    public static GuardExamples read(InputStream in, String where) {
        try {
            File file = JSON.readValue(in, File.class);
            return new GuardExamples(file.partyBusiness(), file.protocolQuestions());
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new IngestException(where + at + ": not a valid guard-examples file ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")", e);
        } catch (IOException e) {
            throw new IngestException(where + ": unreadable (" + e.getMessage() + ")", e);
        }
    }

    /** Every example text, party business first, then protocol questions, each in file order. */
    public List<String> texts() {
        List<String> out = new ArrayList<>();
        partyBusiness.forEach(c -> out.addAll(c.examples()));
        protocolQuestions.forEach(c -> out.addAll(c.examples()));
        return out;
    }

    /** For each text of {@link #texts}, its category name. */
    public List<String> categories() {
        List<String> out = new ArrayList<>();
        partyBusiness.forEach(c -> c.examples().forEach(e -> out.add(c.category())));
        protocolQuestions.forEach(c -> c.examples().forEach(e -> out.add(c.category())));
        return out;
    }

    public int partyBusinessCount() {
        return partyBusiness.stream().mapToInt(c -> c.examples().size()).sum();
    }
}
