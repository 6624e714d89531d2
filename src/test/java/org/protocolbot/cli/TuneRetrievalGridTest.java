package org.protocolbot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.protocolbot.retrieval.Tuning;

/** The retrieval grid can keep the setting in use, and moves only the retrieval weights. */
class TuneRetrievalGridTest {

    private final List<Tuning> candidates = TuneCommand.retrievalCandidates(Tuning.DEFAULT);

    @Test
    void theSettingInUseIsACandidateSoATuneCanKeepIt() {
        assertTrue(candidates.contains(Tuning.DEFAULT), "Tuning.DEFAULT's retrieval weights are off the grid");
    }

    @Test
    void onlyTheRetrievalWeightsVary() {
        assertEquals(4 * 4 * 3 * 3 * 3, candidates.size());
        assertTrue(candidates.stream().allMatch(t -> t.withRetrieval(Tuning.DEFAULT.lexicalWeight(), Tuning.DEFAULT.passageWeight(),
                Tuning.DEFAULT.topicWeight(), Tuning.DEFAULT.questionWeight(), Tuning.DEFAULT.topicTemperature()).equals(Tuning.DEFAULT)));
    }
}
