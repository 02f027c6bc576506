package io.hindsight.postmortem;

import io.hindsight.postmortem.ActionItemChanges.Match;
import io.hindsight.postmortem.ActionItemChanges.MatchedBy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Pairs the action items Hindsight knows with those on an edited page. Evidence is tried strongest first: the hidden
 * anchor, then the Jira key, then the same summary, then a similar summary. An anchor copied onto a second task
 * identifies only the first; the copy is treated as added unless other evidence pairs it.
 */
public final class ActionItemMatcher {

    /** Share of words two summaries must have in common (Jaccard) to count as the same reworded item. */
    static final double SIMILARITY_THRESHOLD = 0.6;

    public ActionItemChanges match(List<ActionItem> known, List<PageActionItem> onPage) {
        List<ActionItem> unmatchedKnown = new ArrayList<>(known);
        List<PageActionItem> unmatchedPage = new ArrayList<>(onPage);
        List<Match> matches = new ArrayList<>();
        pairExactly(unmatchedKnown, unmatchedPage, matches, MatchedBy.ANCHOR,
                (item, found) -> found.itemId() != null && found.itemId().equals(item.id()));
        pairExactly(unmatchedKnown, unmatchedPage, matches, MatchedBy.JIRA_KEY,
                (item, found) -> item.jiraKey() != null && item.jiraKey().equals(found.jiraKey()));
        pairExactly(unmatchedKnown, unmatchedPage, matches, MatchedBy.SAME_SUMMARY,
                (item, found) -> found.itemId() == null && normalized(item.summary()).equals(normalized(found.summary())));
        pairSimilar(unmatchedKnown, unmatchedPage, matches);
        matches.sort(Comparator.comparingInt(match -> onPage.indexOf(match.onPage())));
        return new ActionItemChanges(matches, unmatchedPage, unmatchedKnown);
    }

    private static void pairExactly(List<ActionItem> known, List<PageActionItem> onPage, List<Match> matches,
                                    MatchedBy evidence, BiPredicate<ActionItem, PageActionItem> same) {
        for (ActionItem item : List.copyOf(known)) {
            for (PageActionItem found : onPage) {
                if (same.test(item, found)) {
                    matches.add(new Match(item, found, evidence));
                    known.remove(item);
                    onPage.remove(found);
                    break;
                }
            }
        }
    }

    /** Best pairs first, each side used once, so a reworded item goes to its closest counterpart. */
    private static void pairSimilar(List<ActionItem> known, List<PageActionItem> onPage, List<Match> matches) {
        record Candidate(ActionItem item, PageActionItem found, double similarity) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (ActionItem item : known) {
            for (PageActionItem found : onPage) {
                if (found.itemId() != null && !found.itemId().equals(item.id())) {
                    continue;
                }
                double similarity = similarity(item.summary(), found.summary());
                if (similarity >= SIMILARITY_THRESHOLD) {
                    candidates.add(new Candidate(item, found, similarity));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed());
        Set<ActionItem> usedKnown = new HashSet<>();
        Set<PageActionItem> usedPage = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (usedKnown.contains(candidate.item()) || usedPage.contains(candidate.found())) {
                continue;
            }
            usedKnown.add(candidate.item());
            usedPage.add(candidate.found());
            matches.add(new Match(candidate.item(), candidate.found(), MatchedBy.SIMILAR_SUMMARY));
        }
        known.removeAll(usedKnown);
        onPage.removeAll(usedPage);
    }

    static double similarity(String left, String right) {
        Set<String> leftWords = words(left);
        Set<String> rightWords = words(right);
        if (leftWords.isEmpty() || rightWords.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(leftWords);
        common.retainAll(rightWords);
        Set<String> all = new HashSet<>(leftWords);
        all.addAll(rightWords);
        return (double) common.size() / all.size();
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(normalized(text).split(" ")));
        words.remove("");
        return words;
    }

    private static String normalized(String text) {
        return Objects.requireNonNullElse(text, "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
