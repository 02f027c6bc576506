package io.hindsight.postmortem;

import java.util.List;

/**
 * How the action items on a page relate to the ones Hindsight knows: pairs found on both sides (and how they were
 * recognised), items people added to the page, and known items no longer on it.
 */
public record ActionItemChanges(List<Match> matched, List<PageActionItem> added, List<ActionItem> removed) {

    public ActionItemChanges {
        matched = List.copyOf(matched);
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    /** A known item and where it is on the page now. */
    public record Match(ActionItem known, PageActionItem onPage, MatchedBy matchedBy) {
    }

    /** The evidence that recognised an item, strongest first. */
    public enum MatchedBy {
        /** The hidden anchor Hindsight wrote into the task. */
        ANCHOR,
        /** The Jira issue the item was created as. */
        JIRA_KEY,
        /** The same summary, ignoring case, spaces and punctuation. */
        SAME_SUMMARY,
        /** A reworded summary sharing most of its words, and closer to this item than to any other. */
        SIMILAR_SUMMARY
    }
}
