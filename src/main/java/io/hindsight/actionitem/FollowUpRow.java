package io.hindsight.actionitem;

import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one action item: its id and summary, the outcome, its Jira issue when it has one, and the reason
 * when something went wrong (for a created issue, a warning such as a link that could not be added).
 */
public record FollowUpRow(String itemId, String summary, Outcome outcome, String issueKey, String reason) {

    /** The outcome of one item. */
    public enum Outcome {
        /** An issue was created for the item in this run. */
        CREATED,
        /** An earlier run created the issue but the page was not saved; the page now names it. */
        FOUND_FROM_EARLIER_RUN,
        /** The item already named its issue on the page. */
        ALREADY_LINKED,
        /** The item is ticked done and has no issue: nothing left to follow up. */
        SKIPPED_DONE,
        /** No issue was created; {@code reason} says why. */
        FAILED
    }

    public FollowUpRow {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(outcome, "outcome");
    }

    public Optional<String> issueKeyIfAny() {
        return Optional.ofNullable(issueKey);
    }

    public Optional<String> reasonIfAny() {
        return Optional.ofNullable(reason);
    }

    /** True when this run gave the item an issue the page did not name yet. */
    boolean linksThePage() {
        return issueKey != null && (outcome == Outcome.CREATED || outcome == Outcome.FOUND_FROM_EARLIER_RUN);
    }
}
