package io.hindsight.postmortem.lint;

import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/**
 * Precision and recall of the lint on the labelled corpus: the part the rules were tuned on, and the held-out part
 * they were never tuned on. The figures are written to bench/results/blameless-lint.md by PostmortemBench.
 */
public class BlamelessLintCorpusTest {

    private static final double MIN_PRECISION = 0.9;
    private static final double MIN_RECALL = 0.8;

    private final BlamelessLint lint = new BlamelessLint();

    @Test
    public void corpus_hasAtLeastThreeHundredSentencesRoughlyHalfBlameful() {
        List<LabelledCorpus.Example> tuning = LabelledCorpus.read(LabelledCorpus.TUNING);
        long blameful = tuning.stream().filter(LabelledCorpus.Example::blame).count();

        assertTrue(tuning.size() >= 300);
        assertTrue(blameful > tuning.size() * 0.4 && blameful < tuning.size() * 0.6);
    }

    @Test
    public void check_tuningCorpus_meetsPrecisionAndRecall() {
        assertMeetsTargets(CorpusScore.of(lint, LabelledCorpus.read(LabelledCorpus.TUNING)), "tuning");
    }

    @Test
    public void check_heldOutCorpus_meetsPrecisionAndRecall() {
        assertMeetsTargets(CorpusScore.of(lint, LabelledCorpus.read(LabelledCorpus.HELD_OUT)), "held-out");
    }

    private static void assertMeetsTargets(CorpusScore score, String name) {
        String detail = String.format("%s: precision %.3f, recall %.3f%nmissed: %s%nwrongly flagged: %s", name,
                score.precision(), score.recall(), score.missed(), score.wronglyFlagged());
        assertTrue(detail, score.precision() >= MIN_PRECISION);
        assertTrue(detail, score.recall() >= MIN_RECALL);
    }
}
