package io.hindsight.postmortem.lint;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.Test;

/** Seeded random and pathological texts: the lint never fails, stays fast, and every span matches its excerpt. */
public class BlamelessLintRobustnessTest {

    private static final List<String> PIECES = List.of("Sam forgot ", "the on-call ", "was ignored ", "because ",
            "human error ", "is not ", "\"careless\" ", "'s typo ", "if Kim had checked ", "should have ", "never ",
            "without testing ", "the wrong ", ". ", ", ", "; ", "\n", "İstanbul ", "שגיאה ", "🔥 ", "e.g. ", "\u0000",
            "\uD800", "...", "’s ", "(", ")", "—", "no one noticed ", "a".repeat(50));

    private final BlamelessLint lint = new BlamelessLint();

    @Test
    public void check_randomTexts_spansAlwaysMatchExcerpts() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            for (int piece = random.nextInt(40); piece > 0; piece--) {
                text.append(random.nextInt(6) == 0 ? String.valueOf((char) random.nextInt(0x3000))
                        : PIECES.get(random.nextInt(PIECES.size())));
            }
            String checked = text.toString();
            for (BlameFinding finding : lint.check(checked)) {
                assertEquals(finding.excerpt(), checked.substring(finding.start(), finding.end()));
            }
        }
    }

    // The limits catch catastrophic backtracking, which never ends, not slowness: speed is measured by the
    // postmortem benchmark. They are generous because a loaded 2-core machine runs this in tens of seconds.
    @Test(timeout = 120_000)
    public void check_megabyteWithoutSentenceBreaks_finishesQuickly() {
        String text = "the on-call engineer who ran the script on the node of the cluster in the region ".repeat(13_000);

        assertTrue(lint.check(text).size() >= 0);
    }

    @Test(timeout = 120_000)
    public void check_megabyteOfBlame_findsItAll() {
        String text = "Sam forgot the step. ".repeat(50_000);

        assertEquals(50_000, lint.check(text).size());
    }
}
