package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counterfactuals about a person: "if Kevin had double-checked…", "had the on-call read the alert…". */
final class CounterfactualRule implements BlameRule {

    private static final Pattern IF_HAD = Pattern.compile("\\bif\\s+((?:\\S+\\s+){1,5}?)had\\s+(?:just\\s+|only\\s+|"
            + "simply\\s+|not\\s+|n't\\s+)?(?!\\p{L}+ed\\s+by\\b)\\p{L}+");
    private static final Pattern HAD_FIRST = Pattern.compile("(?:^|[,;]\\s*)had\\s+((?:\\S+\\s+){1,4}?)(?:just\\s+|only\\s+|"
            + "been\\s+|not\\s+)?(?:\\p{L}+ed|read|run|written|known|seen|done|taken|gone|thought)\\b");

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        check(IF_HAD, sentence, people, findings);
        check(HAD_FIRST, sentence, people, findings);
    }

    private static void check(Pattern pattern, Sentence sentence, People people, List<BlameFinding> findings) {
        Matcher matcher = pattern.matcher(sentence.lower());
        while (matcher.find()) {
            String who = sentence.text().substring(matcher.start(1), matcher.end(1)).strip();
            String[] words = who.split("\\s+");
            if (!sentence.isQuoted(matcher.start()) && people.isPersonWord(words[words.length - 1])) {
                Findings.add(findings, sentence, matcher.start(), matcher.end(), "counterfactual",
                        "A counterfactual about what a person should have done is hindsight.",
                        "Describe what would have made the right action the easy one: a clearer signal, a safer"
                                + " default, a check in the tooling.");
            }
        }
    }
}
