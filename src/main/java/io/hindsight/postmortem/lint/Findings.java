package io.hindsight.postmortem.lint;

import java.util.List;
import java.util.regex.Pattern;

/** Builds findings from positions in a sentence, and tells mentions and negations apart from use. */
final class Findings {

    private static final Pattern NEGATED_BEFORE = Pattern.compile("(?:\\bnot|n't|\\bnever|\\bno)\\s+(?:\\p{L}+\\s+)?$");

    private Findings() {
    }

    static void add(List<BlameFinding> findings, Sentence sentence, int start, int end, String rule, String reason,
                    String suggestion) {
        int from = sentence.offset() + start;
        int to = sentence.offset() + end;
        findings.add(new BlameFinding(from, to, sentence.text().substring(start, end), rule, reason, suggestion));
    }

    /** A finding from the subject's first word to {@code end}, so the span shows who is blamed and for what. */
    static void addFromSubject(List<BlameFinding> findings, Sentence sentence, Subject subject, int start, int end,
                               String rule, String reason, String suggestion) {
        int from = subject.isEmpty() ? start : Math.min(start, Math.max(0, subject.start() - sentence.offset()));
        add(findings, sentence, from, end, rule, reason, suggestion);
    }

    /** True when "not", "n't", "never" or "no" directly precedes the position ("did not forget"). */
    static boolean negatedBefore(Sentence sentence, int position) {
        int from = Math.max(0, position - 24);
        return NEGATED_BEFORE.matcher(sentence.lower().substring(from, position)).find();
    }

    /** The words after a match, up to the end of the clause: what the person is said to have done or not done. */
    static String rest(Sentence sentence, int from) {
        String rest = sentence.text().substring(Math.min(from, sentence.text().length()));
        String clause = rest.split("[,;:.!?()—]| because | so | but | and then ", 2)[0].strip();
        return clause.length() > 80 ? clause.substring(0, 80).strip() + "…" : clause;
    }
}
