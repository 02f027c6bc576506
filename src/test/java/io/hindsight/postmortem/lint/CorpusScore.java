package io.hindsight.postmortem.lint;

import java.util.ArrayList;
import java.util.List;

/** Precision and recall of the lint on a labelled corpus, with the sentences it got wrong. */
public record CorpusScore(int truePositives, int falsePositives, int falseNegatives, int trueNegatives,
                          List<String> missed, List<String> wronglyFlagged) {

    public static CorpusScore of(BlamelessLint lint, List<LabelledCorpus.Example> examples) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        List<String> missed = new ArrayList<>();
        List<String> wronglyFlagged = new ArrayList<>();
        for (LabelledCorpus.Example example : examples) {
            boolean flagged = !lint.check(example.sentence()).isEmpty();
            if (flagged && example.blame()) {
                tp++;
            } else if (flagged) {
                fp++;
                wronglyFlagged.add(example.sentence());
            } else if (example.blame()) {
                fn++;
                missed.add(example.sentence());
            } else {
                tn++;
            }
        }
        return new CorpusScore(tp, fp, fn, tn, missed, wronglyFlagged);
    }

    public int size() {
        return truePositives + falsePositives + falseNegatives + trueNegatives;
    }

    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
