package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fault attributed to a person's work or to a person by name: "Nikhil's typo", "Sophie's failure to update",
 * "a mistake by the infrastructure team", "the root cause was Tom's commit", "the intern's script wiped the cache".
 */
final class AttributionRule implements BlameRule {

    private static final Pattern POSSESSIVE_FAULT = Pattern.compile("\\b([\\p{L}][\\p{L}-]*)(?:'s|’s|s')\\s+"
            + "(?:\\p{L}+\\s+){0,2}?(mistake|typo|error|oversight|failure|carelessness|negligence|fault|blunder|slip|"
            + "lapse|responsibility|bad|botched|hasty|incorrect|sloppy|wrong|broken|buggy|faulty|runaway)\\b");
    private static final Pattern POSSESSIVE = Pattern.compile("\\b([\\p{L}][\\p{L}-]*)(?:'s|’s|s')\\s+\\p{L}+");
    private static final Pattern CAUSE_WORDS = Pattern.compile("\\b(?:root cause|caused|causing|cause|trigger(?:ed)?|"
            + "responsible|led to|resulted in|broke|took (?:\\S+\\s+){0,3}?down|brought (?:\\S+\\s+){0,3}?down|wiped|"
            + "corrupted|deleted|made (?:\\S+\\s+){0,3}?worse)\\b");
    private static final Pattern FAULT_BY = Pattern.compile("\\b(?:mistake|error|oversight|lapse|slip|negligence|"
            + "blunder|misjudge?ment|fault|edit|change|typo)s?\\s+(?:made\\s+)?(?:by|of|from|on the part of)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+|our\\s+|their\\s+)?(?:\\p{L}+\\s+){0,2}?([\\p{L}-]+)(?=\\s*(?:[,.;:]|$|let\\b|"
            + "led\\b|caused\\b|meant\\b|took\\b|broke\\b|during\\b|in\\b|on\\b|at\\b))");

    @Override
    public void check(Sentence sentence, People people, List<BlameFinding> findings) {
        String lower = sentence.lower();
        Matcher fault = POSSESSIVE_FAULT.matcher(lower);
        while (fault.find()) {
            if (isPerson(sentence, people, fault.start(1), fault.end(1)) && !sentence.isQuoted(fault.start())) {
                add(findings, sentence, fault.start(), fault.end());
            }
        }
        if (CAUSE_WORDS.matcher(lower).find()) {
            Matcher possessive = POSSESSIVE.matcher(lower);
            while (possessive.find()) {
                if (isPerson(sentence, people, possessive.start(1), possessive.end(1))
                        && !sentence.isQuoted(possessive.start())) {
                    add(findings, sentence, possessive.start(), possessive.end());
                }
            }
        }
        Matcher by = FAULT_BY.matcher(lower);
        while (by.find()) {
            if (isPerson(sentence, people, by.start(1), by.end(1)) && !sentence.isQuoted(by.start())) {
                add(findings, sentence, by.start(), by.end());
            }
        }
    }

    private static boolean isPerson(Sentence sentence, People people, int start, int end) {
        return people.isPersonWord(sentence.text().substring(start, end));
    }

    private static void add(List<BlameFinding> findings, Sentence sentence, int start, int end) {
        Findings.add(findings, sentence, start, end, "attributed-to-person",
                "Attributes the failure to a person or their work.",
                "Name the change by what it was (build, commit, configuration version), not by who made it,"
                        + " e.g. “build 4127 removed the null check”.");
    }
}
