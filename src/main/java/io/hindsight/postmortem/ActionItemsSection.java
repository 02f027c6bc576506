package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageTag;
import io.hindsight.postmortem.storage.StorageWriter;
import io.hindsight.postmortem.storage.XmlText;
import java.util.List;

/** The action items as a table of tasks, each with its owner, due date, priority, type and Jira issue. */
final class ActionItemsSection implements PostmortemSection {

    static final int HEALTHY_MAXIMUM = 7;

    @Override
    public void write(PostmortemContext context, ConfluenceMarkup page) {
        StorageWriter out = page.writer();
        List<ActionItem> items = context.input().actionItems();
        out.element(StorageTag.H2, ActionItemMarkup.HEADING);
        if (items.isEmpty()) {
            page.prompt("Add specific action items, five to seven at most: each with one owner (a person, not a"
                    + " team), a due date, a priority and a type (immediate, short-term, long-term or process).");
            return;
        }
        out.element(StorageTag.P, "Each action item has one owner, a due date, a priority and a type. Tick an item"
                + " when it is done.");
        if (items.size() > HEALTHY_MAXIMUM) {
            page.panel("note", note -> note.element(StorageTag.P, "This post-mortem has " + items.size()
                    + " action items; five to seven is a healthy number. Consider merging related items or moving"
                    + " some to a backlog."));
        }
        PageTables.openTable(out, ActionItemMarkup.ACTION_COLUMN, ActionItemMarkup.PRIORITY_COLUMN,
                ActionItemMarkup.TYPE_COLUMN, ActionItemMarkup.JIRA_COLUMN);
        for (int i = 0; i < items.size(); i++) {
            row(page, items.get(i), i + 1);
        }
        PageTables.closeTable(out);
    }

    private static void row(ConfluenceMarkup page, ActionItem item, int taskId) {
        StorageWriter out = page.writer();
        out.open(StorageTag.TR).open(StorageTag.TD).open(StorageTag.TASK_LIST).open(StorageTag.TASK);
        out.element(StorageTag.TASK_ID, Integer.toString(taskId));
        out.element(StorageTag.TASK_STATUS, "incomplete");
        out.open(StorageTag.TASK_BODY);
        page.anchor(ActionItemMarkup.anchorName(item));
        out.text(XmlText.truncate(item.summary(), Limits.PARAGRAPH));
        out.text(ActionItemMarkup.SUMMARY_SEPARATOR + ActionItemMarkup.OWNER_LABEL + " ");
        item.ownerIfAssigned().ifPresentOrElse(page::mention, () -> PageTables.missing(out, "not assigned"));
        out.text(ActionItemMarkup.FIELD_SEPARATOR + ActionItemMarkup.DUE_LABEL + " ");
        item.dueIfSet().ifPresentOrElse(page::date, () -> PageTables.missing(out, "not set"));
        out.close().close().close().close();
        PageTables.textCell(out, item.priority().title());
        PageTables.textCell(out, item.type().title());
        PageTables.cell(out, cell -> item.jiraKeyIfCreated().ifPresentOrElse(page::jiraIssue,
                () -> PageTables.missing(cell, "not created yet")));
        out.close();
    }
}
