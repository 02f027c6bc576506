package io.hindsight.metrics;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an incident repeats an earlier one. The rule is meant to be explained in one breath: same service,
 * and either a cause label in common or root-cause texts that share at least half of their words (Jaccard similarity
 * of the word sets, words of three letters or more, common English words left out). No stemming, no model: a manager
 * can check every match by reading the two texts.
 */
public final class RepeatMatcher {

    /** Jaccard similarity from which two root causes count as the same. */
    public static final double SIMILAR = 0.5;

    private static final Set<String> COMMON = Set.of("the", "and", "for", "was", "were", "with", "that", "this",
            "from", "not", "but", "are", "had", "has", "have", "into", "its", "our", "after", "before", "when",
            "which", "due", "because", "did", "does", "all", "any", "than", "then", "there", "their", "been");

    private RepeatMatcher() {
    }

    /** The most recent earlier incident {@code cause} repeats, among {@code earlier} (newest first); empty if none. */
    public static Optional<IncidentCause> repeatOf(IncidentCause cause, List<IncidentCause> earlier) {
        if (cause.service().isEmpty()) {
            return Optional.empty();
        }
        Set<String> words = words(cause.rootCause());
        return earlier.stream()
                .filter(other -> other.incidentId() != cause.incidentId())
                .filter(other -> other.declaredAt().isBefore(cause.declaredAt()))
                .filter(other -> other.service().equals(cause.service()))
                .filter(other -> sharesLabel(cause, other) || similarity(words, words(other.rootCause())) >= SIMILAR)
                .findFirst();
    }

    static boolean sharesLabel(IncidentCause a, IncidentCause b) {
        return a.labels().stream().anyMatch(b.labels()::contains);
    }

    /** |a ∩ b| / |a ∪ b|; 0 when both are empty. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        long common = a.stream().filter(b::contains).count();
        return (double) common / union.size();
    }

    static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 3 && !COMMON.contains(word)) {
                words.add(word);
            }
        }
        return words;
    }
}
