package io.hindsight.postmortem.lint;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Finds blame in disguise in post-mortem prose, with rules that run here and send nothing anywhere: people as the
 * subject of lapses ("X forgot", "the on-call missed the alert"), judgements ("careless", "should have known"),
 * "human error", passive lapses, faults attributed to a person's work, counterfactuals about a person. Each finding
 * has its span, a reason and a systemic rewrite.
 */
public final class BlamelessLint {

    private final List<BlameRule> rules = List.of(new JudgementRule(), new PersonLapseRule(), new PersonActionRule(),
            new PassiveLapseRule(), new AttributionRule(), new CounterfactualRule());
    private final People people;
    private final ProseExtractor extractor = new ProseExtractor();

    /** A lint that recognises people by roles, pronouns and the look of a name. */
    public BlamelessLint() {
        this(List.of());
    }

    /** A lint that also knows the names of the incident's people (display names; each part of a name counts too). */
    public BlamelessLint(Collection<String> peopleNames) {
        this.people = new People(peopleNames);
    }

    /** Findings in plain text, in text order, at most one per overlapping span. */
    public List<BlameFinding> check(String text) {
        List<BlameFinding> findings = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(text)) {
            List<BlameFinding> inSentence = new ArrayList<>();
            for (BlameRule rule : rules) {
                rule.check(sentence, people, inSentence);
            }
            findings.addAll(withoutOverlaps(inSentence));
        }
        return findings;
    }

    /**
     * Findings in a page body (storage format): checks the prose only, leaving out code, macro parameters and quoted
     * log lines. Offsets point into the report's checked text.
     *
     * @throws io.hindsight.postmortem.storage.MalformedStorageException when the body is not well-formed
     */
    public LintReport checkStorage(String storageBody) {
        String prose = extractor.extract(storageBody);
        return new LintReport(prose, check(prose));
    }

    // Rules overlap on purpose (a lapse verb inside a judgement); one finding per stretch of text is enough to act on.
    private static List<BlameFinding> withoutOverlaps(List<BlameFinding> findings) {
        List<BlameFinding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt(BlameFinding::start).thenComparing(Comparator.comparingInt(
                BlameFinding::end).reversed()));
        List<BlameFinding> kept = new ArrayList<>();
        for (BlameFinding finding : sorted) {
            if (kept.isEmpty() || finding.start() >= kept.get(kept.size() - 1).end()) {
                kept.add(finding);
            }
        }
        return kept;
    }
}
