package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person's action described as a mistake — "typed the wrong region", "accidentally deleted", "deployed without
 * testing", "pushed untested code", "merged anyway", "against policy" — when a person is the subject of the clause.
 */
final class PersonActionRule implements BlameRule {

    private static final Pattern MISTAKEN_ACTION = Pattern.compile("\\b(?:the|a|an) wrong\\b|\\bincorrect(?:ly)?\\b|"
            + "\\b(?:accidentally|mistakenly|inadvertently|blindly|wrongly|erroneously|by mistake|by accident)\\b|"
            + "\\bwithout\\s+(?:first\\s+|even\\s+|properly\\s+|actually\\s+)?(?!losing\\b|dropping\\b|causing\\b|"
            + "breaking\\b|affecting\\b|interrupting\\b|impacting\\b|downtime\\b)(?:\\p{L}+ing\\b|(?:a|any)\\s+"
            + "(?:review|approval|test|tests|backup|rollback plan|second pair of eyes)\\b|review\\b|approval\\b)|"
            + "\\b(?:untested|unreviewed|unvalidated|unapproved)\\b|\\banyway\\b|\\bagainst (?:the )?(?:policy|process|"
            + "advice|runbook|rules)\\b|\\bin violation of\\b");

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        Matcher matcher = MISTAKEN_ACTION.matcher(sentence.lower());
        while (matcher.find()) {
            if (sentence.isQuoted(matcher.start())) {
                continue;
            }
            Subject subject = sentence.clauseSubject(matcher.start());
            if (people.named(subject)) {
                Findings.addFromSubject(findings, sentence, subject, matcher.start(), matcher.end(), "mistaken-action",
                        "Describes a person's action as the mistake that caused the failure.",
                        "Describe the guardrail that was missing, e.g. “the CLI accepted a region outside the deploy"
                                + " plan without asking for confirmation”.");
            }
        }
    }
}
