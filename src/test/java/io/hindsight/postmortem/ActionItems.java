package io.hindsight.postmortem;

import java.time.LocalDate;

/** Test data: action items with sensible defaults. */
public final class ActionItems {

    private String id = "AI-1";
    private String summary = "Add a configuration check to the deploy pipeline";
    private String ownerUserKey = "JIRAUSER10101";
    private LocalDate due = LocalDate.parse("2026-03-21");
    private ActionItemPriority priority = ActionItemPriority.HIGH;
    private ActionItemType type = ActionItemType.SHORT_TERM;
    private String jiraKey;

    private ActionItems() {
    }

    public static ActionItems anActionItem() {
        return new ActionItems();
    }

    public ActionItems withId(String value) {
        this.id = value;
        return this;
    }

    public ActionItems saying(String value) {
        this.summary = value;
        return this;
    }

    public ActionItems ownedBy(String userKey) {
        this.ownerUserKey = userKey;
        return this;
    }

    public ActionItems due(String isoDate) {
        this.due = isoDate == null ? null : LocalDate.parse(isoDate);
        return this;
    }

    public ActionItems withPriority(ActionItemPriority value) {
        this.priority = value;
        return this;
    }

    public ActionItems ofType(ActionItemType value) {
        this.type = value;
        return this;
    }

    public ActionItems trackedIn(String issueKey) {
        this.jiraKey = issueKey;
        return this;
    }

    public ActionItem build() {
        return new ActionItem(id, summary, ownerUserKey, due, priority, type, jiraKey);
    }
}
