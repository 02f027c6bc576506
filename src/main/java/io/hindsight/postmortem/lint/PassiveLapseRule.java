package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A lapse in the passive with no system cause: "the alert was ignored", "the warning went unnoticed", "mistakes were
 * made". The person is hidden, the framing is still a human lapse. "…was missed because it routed to a deprecated
 * channel" gives the system cause and is fine; so is an agent that is a system ("ignored by the parser").
 */
final class PassiveLapseRule implements BlameRule {

    private static final Pattern PASSIVE_LAPSE = Pattern.compile("\\b(?:was|were|got|gets|been|being|is|are|went|go|"
            + "goes|remained|remains)\\s+(?:\\p{L}+ly\\s+|just\\s+|simply\\s+)?(?:ignored|overlooked|neglected|forgotten|"
            + "missed|skipped|unnoticed|unheeded|disregarded|not followed|never followed|not noticed|never noticed)\\b"
            + "|\\bmistakes were made\\b");
    private static final Pattern SYSTEM_CAUSE_AFTER = Pattern.compile("\\b(?:because|since|as|due to|owing to|given that|"
            + "as a result of|caused by|after|when)\\b");
    private static final Pattern AGENT = Pattern.compile("^\\s+by\\s+(?:the\\s+|a\\s+|an\\s+|our\\s+)?([\\p{L}-]+)");

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        Matcher matcher = PASSIVE_LAPSE.matcher(sentence.lower());
        while (matcher.find()) {
            if (sentence.isQuoted(matcher.start())) {
                continue;
            }
            String after = sentence.lower().substring(matcher.end());
            Matcher agent = AGENT.matcher(after);
            boolean hasAgent = agent.find();
            boolean personAgent = hasAgent && people.isPersonWord(sentence.text().substring(
                    matcher.end() + agent.start(1), matcher.end() + agent.end(1)));
            boolean explained = SYSTEM_CAUSE_AFTER.matcher(after).find();
            if (personAgent || (!hasAgent && !explained)) {
                Findings.add(findings, sentence, matcher.start(), matcher.end(), "passive-lapse",
                        "A passive lapse hides the person but still frames the failure as someone's slip.",
                        "Say what made it easy to miss, e.g. “the alert routed to a deprecated channel” or “the"
                                + " warning was one line among 400”.");
            }
        }
    }
}
