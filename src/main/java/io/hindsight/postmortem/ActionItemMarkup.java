package io.hindsight.postmortem;

/**
 * The shape of the action-item table, shared by the section that writes it and the reader that parses a
 * person's edits of it.
 *
 * <p>Each item is a table row whose first cell holds a one-task task list. The task body starts with an invisible
 * anchor macro named {@code hindsight-action-<id>}: the editor keeps macros through any edit of the text around
 * them, rows can be reordered, and the name is unique on the page, so the anchor carries the item's identity.
 * The body goes on with the summary, then "Owner:" with a mention (which makes the owner the task's assignee) and
 * "Due:" with a date (the task's due date).
 */
final class ActionItemMarkup {

    static final String HEADING = "Action items";
    static final String ACTION_COLUMN = "Action item";
    static final String PRIORITY_COLUMN = "Priority";
    static final String TYPE_COLUMN = "Type";
    static final String JIRA_COLUMN = "Jira issue";
    static final String ANCHOR_PREFIX = "hindsight-action-";
    static final String OWNER_LABEL = "Owner:";
    static final String DUE_LABEL = "Due:";
    static final String FIELD_SEPARATOR = " · ";
    static final String SUMMARY_SEPARATOR = " — ";

    private ActionItemMarkup() {
    }

    static String anchorName(ActionItem item) {
        return ANCHOR_PREFIX + item.id();
    }
}
