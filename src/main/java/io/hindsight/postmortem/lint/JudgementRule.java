package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that judge people or close the analysis: "careless", "sloppy", "should have known", "human error", "not paying
 * attention"… flagged wherever they are used, unless negated or only discussed ("human error is not a root cause").
 */
final class JudgementRule implements BlameRule {

    private record Term(Pattern pattern, String rule, String reason, String suggestion) {
    }

    private static final String JUDGE_SUGGESTION = "Describe the condition that made the action easy to get wrong,"
            + " e.g. “the console allowed a production change without a confirmation step”.";

    private static final List<Term> TERMS = List.of(
            term("\\b(?:human|operator|user|pilot|manual) (?:error|mistake|failure)s?\\b|\\bhuman factors?\\b|"
                            + "\\bpebkac\\b|\\bid-?10-?t\\b", "human-error",
                    "“Human error” ends the analysis where it should start.",
                    "Name the conditions that made the error possible and likely: the tooling, defaults and missing"
                            + " safeguards, e.g. “the script defaulted to the production profile”."),
            term("\\bcareless(?:ly|ness)?\\b|\\bsloppy\\b|\\bsloppily\\b|\\bnegligen(?:t|ce|tly)\\b|\\blaz(?:y|ily|iness)\\b|"
                            + "\\breckless(?:ly|ness)?\\b|\\bincompeten(?:t|ce)\\b|\\binexperienced\\b|\\bindecisive\\b|"
                            + "\\bhast(?:y|ily)\\b|\\bbotched\\b|\\bboneheaded\\b|\\b(?:stupid|dumb|silly|rookie) (?:mistake|error)s?\\b",
                    "judgement", "Judges a person instead of describing what happened.", JUDGE_SUGGESTION),
            term("\\b(?:should|ought to) (?:have|'ve) known\\b|\\bshould've known\\b|\\bshould know better\\b|"
                            + "\\bknows? better than\\b", "should-have-known",
                    "Hindsight: what is obvious now was not visible then.",
                    "Say what information was missing or hard to see at the time, e.g. “the dashboard did not show"
                            + " replica lag”."),
            term("\\b(?:not|n't|without) paying attention\\b|\\bbeen paying attention\\b|\\bpaid (?:no|little) attention\\b|"
                            + "\\b(?:be|being) (?:more )?(?:careful|vigilant|diligent)\\b|\\bmore careful\\b|"
                            + "\\bpay more attention\\b|\\btake more care\\b|\\blapse (?:in|of) (?:attention|judge?ment|concentration)\\b|"
                            + "\\basleep at the wheel\\b|\\bwent back to sleep\\b|\\bfell asleep\\b|\\bslept through\\b|"
                            + "\\bdropped the ball\\b|\\brubber[- ]stamp(?:ed|ing)?\\b|\\bfat[- ]finger(?:ed|ing)?\\b",
                    "attention", "Blames attention or care; people cannot be told to be more careful at scale.",
                    "Describe the safeguard or signal that would have caught it, e.g. “the alert had no escalation"
                            + " after 10 minutes without acknowledgement”."),
            term("\\black(?:ed|s|ing)? (?:of )?(?:the )?(?:basic |necessary |required )?(?:competence|discipline|judge?ment|"
                            + "diligence|rigou?r|care|attention|ownership|skills?)\\b",
                    "lack-of-quality", "Attributes the failure to a personal or team quality.",
                    "Name what was missing in the system: training, a checklist, a review gate, an automated check."),
            term("\\b(?:is|was|are|were) to blame\\b|\\bat fault\\b|\\bthe culprit\\b|\\bthe responsible (?:engineer|person|"
                            + "developer|party|individual|team)\\b|\\bblame (?:lies|rests) with\\b|\\b(?:clearly|obviously) "
                            + "(?:didn't|did not|doesn't|does not) (?:know|understand|think|care)\\b|\\bdidn't know what "
                            + "(?:he|she|they|I|we) (?:was|were) doing\\b|\\bbeen spoken to\\b",
                    "fault-finding", "Looks for someone at fault rather than for what allowed the failure.",
                    "Describe what allowed the failure, and what will make it less likely."));

    /** Nearby words that show the term is negated, avoided or only discussed. */
    private static final Pattern DISCUSSED_BEFORE = Pattern.compile("\\b(?:not|never|no|isn't|wasn't|aren't|avoid\\w*|"
            + "instead of|rather than|replac\\w*|term|terms|word|words|label\\w*|phrase\\w*|beyond|stop saying)\\b"
            + "[^.;]{0,20}$");
    private static final Pattern DISCUSSED_AFTER = Pattern.compile("^\\W{0,3}(?:is|was|are)\\s+(?:not|never|no|a label|"
            + "rarely|seldom)\\b");

    private static Term term(String regex, String rule, String reason, String suggestion) {
        return new Term(Pattern.compile(regex), rule, reason, suggestion);
    }

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        for (Term term : TERMS) {
            Matcher matcher = term.pattern().matcher(sentence.lower());
            while (matcher.find()) {
                if (isDiscussed(sentence, matcher.start(), matcher.end())) {
                    continue;
                }
                Findings.add(findings, sentence, matcher.start(), matcher.end(), term.rule(), term.reason(),
                        term.suggestion());
            }
        }
    }

    private static boolean isDiscussed(Sentence sentence, int start, int end) {
        String lower = sentence.lower();
        String before = lower.substring(Math.max(0, start - 30), start);
        String after = lower.substring(end, Math.min(lower.length(), end + 20));
        return sentence.isQuoted(start) || DISCUSSED_BEFORE.matcher(before).find()
                || DISCUSSED_AFTER.matcher(after).find();
    }
}
