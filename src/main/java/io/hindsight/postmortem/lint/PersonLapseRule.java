package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person (a name, a role, a pronoun, a team) as the subject of a lapse: forgot, missed, ignored, failed to, did not
 * check, never tested, should have, broke, caused. The same verbs with a system as subject ("the health check failed
 * to detect", "the scheduler missed three runs") are not blame.
 */
final class PersonLapseRule implements BlameRule {

    private record Verb(Pattern pattern, boolean negatable, String rule, String reason, String suggestion) {
    }

    private static final String ADVERBS = "(?:\\p{L}+ly\\s+|just\\s+|also\\s+|then\\s+|again\\s+|even\\s+|still\\s+)*";

    private static final List<Verb> VERBS = List.of(
            verb("\\b(?:forgot|forgets|forget|forgotten|neglected|neglects|overlooked|overlooks|ignored|ignores|ignore|"
                            + "missed|misses|miss|skipped|skips|skip|disregarded|misread|misjudged|misconfigured|mistyped|"
                            + "messed up|screwed up|botched|bypassed|overrode|wasted|refused to|went ahead|"
                            + "made (?:a|an|the|another) (?:mistake|error|blunder|slip)|made mistakes|"
                            + "(?:was|were) supposed to|pushed (?:\\S+\\s+){0,3}?through)\\b", true, "person-lapse",
                    "Makes a person the subject of a lapse: blame in disguise.",
                    "Describe what let it slip through, not who: e.g. “nothing in the process reminded anyone to"
                            + " renew the certificate” or “the alert went to a channel nobody watches”."),
            verb("\\bfail(?:ed|s)? to\\b", false, "person-failed-to", "Says a person failed; the system let it happen.",
                    "Make the process the subject: “the release checklist did not include a check for …”."),
            verb("\\b(?:did not|didn't|does not|doesn't|do not|don't|never|could not be bothered to|"
                            + "didn't bother to|did not bother to|never bothered to)\\s+(?:even\\s+|actually\\s+|properly\\s+|"
                            + "bother to\\s+|ever\\s+)?(?:check|test|tested|read|notice|noticed|follow|followed|verify|validate|look|"
                            + "review|consider|understand|wait|escalate|respond|responded|think|thought|update|tell|inform|"
                            + "notify|ask|double-check|drain|mention|acknowledge|act|know|realize|realise|catch|confirm|"
                            + "monitor|communicate|relay|warn|report|raise|flag|see|spot|remember|plan|prepare|watch|"
                            + "turn|turned|re-enable|re-enabled|care|bother)\\b", false, "person-did-not",
                    "Blames a person for something not done.",
                    "Say what would have made it happen without relying on memory: a checklist step, an automated"
                            + " check, a reminder, a default."),
            verb("\\b(?:should|shouldn't|should not|ought to|ought not to)\\s+(?:not\\s+)?(?:have|'ve)\\s+(?!had\\b|"
                            + "been (?:paged|alerted|notified|told|informed|warned|given|shown|asked)\\b)", false,
                    "should-have", "Hindsight about what a person should have done.",
                    "Describe what was missing at the time — information, a safeguard, a clear owner — e.g. “the"
                            + " runbook did not say to roll back first”."),
            verb("\\b(?:broke|breaks|caused|causes|took (?:\\S+\\s+){0,3}?down|brought (?:\\S+\\s+){0,3}?down|"
                            + "knocked (?:\\S+\\s+){0,3}?over|wiped|corrupted|crashed|made (?:\\S+\\s+){0,3}?worse)\\b",
                    false, "person-as-cause", "Makes a person the cause of the failure.",
                    "Make the change the subject: “the configuration change at 14:32 took the API down”."));

    /** A person named by "nobody" or "no one" who did not act. */
    private static final Pattern NOBODY = Pattern.compile("\\b(?:nobody|no one|no-one|none of us)\\s+" + ADVERBS
            + "(?:noticed|checked|looked|read|acted|responded|followed|bothered|reviewed|tested|verified|watched|"
            + "escalated|asked|saw|caught|spotted|questioned|raised|reported|flagged|thought|was watching|"
            + "was looking|was monitoring)\\b");

    /** "never" followed by a past form, with a person as subject: "Tariq never tested …". */
    private static final Pattern NEVER = Pattern.compile("\\bnever\\s+(?!lost\\b|lose\\b|saw an? (?:error|issue)\\b)"
            + "(\\p{L}+ed|\\p{L}+t|ran|wrote|thought|read|did)\\b");

    private static Verb verb(String regex, boolean negatable, String rule, String reason, String suggestion) {
        return new Verb(Pattern.compile(regex), negatable, rule, reason, suggestion);
    }

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        for (Verb verb : VERBS) {
            Matcher matcher = verb.pattern().matcher(sentence.lower());
            while (matcher.find()) {
                if (sentence.isQuoted(matcher.start())
                        || (verb.negatable() && Findings.negatedBefore(sentence, matcher.start()))) {
                    continue;
                }
                Subject subject = sentence.subjectBefore(matcher.start());
                if (people.named(subject)) {
                    String done = Findings.rest(sentence, matcher.end());
                    Findings.addFromSubject(findings, sentence, subject, matcher.start(), matcher.end(), verb.rule(),
                            verb.reason(), suggestion(verb, done));
                }
            }
        }
        Matcher nobody = NOBODY.matcher(sentence.lower());
        while (nobody.find()) {
            if (!sentence.isQuoted(nobody.start())) {
                Findings.add(findings, sentence, nobody.start(), nobody.end(), "nobody-acted",
                        "Blames everyone, and so no system, for something not done.",
                        "Say why nothing prompted action: no alert, no owner, a signal lost in noise.");
            }
        }
        Matcher never = NEVER.matcher(sentence.lower());
        while (never.find()) {
            Subject subject = sentence.subjectBefore(never.start());
            if (!sentence.isQuoted(never.start()) && people.named(subject)) {
                Findings.addFromSubject(findings, sentence, subject, never.start(), never.end(), "person-never",
                        "Blames a person for something never done.",
                        "Say what would have made it happen: an owner, a reminder, a test in the pipeline.");
            }
        }
    }

    private static String suggestion(Verb verb, String done) {
        if (done.isEmpty()) {
            return verb.suggestion();
        }
        return verb.suggestion() + " Here: what in the system let “" + done + "” go the way it did?";
    }
}
