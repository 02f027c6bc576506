package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageNode.Element;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;

/**
 * Reads the action items of one table: each task in a row is an item (the first one takes the row's other cells);
 * a row without a task is an item only when the header names an action column. Columns are recognised by their
 * header text, so they may be reordered.
 */
final class ActionItemTable {

    private enum Column { ACTION, PRIORITY, TYPE, JIRA, OWNER, DUE, OTHER }

    private static final List<Column> DEFAULT_COLUMNS = List.of(Column.ACTION, Column.PRIORITY, Column.TYPE,
            Column.JIRA);

    private final Element table;
    private final Consumer<PageActionItem> sink;

    ActionItemTable(Element table, Consumer<PageActionItem> sink) {
        this.table = table;
        this.sink = sink;
    }

    void read() {
        List<Column> columns = null;
        for (Element row : table.descendants("tr")) {
            List<Element> cells = PostmortemPageReader.cells(row);
            if (columns == null && !cells.isEmpty() && cells.stream().allMatch(cell -> cell.is("th"))) {
                columns = columnsOf(cells);
                continue;
            }
            List<Column> known = columns == null ? DEFAULT_COLUMNS : columns;
            List<Element> tasks = row.descendants("ac:task");
            if (!tasks.isEmpty()) {
                sink.accept(withCells(fromTask(tasks.get(0)), cells, known));
                // Enter at the end of a task adds another task to the same cell: an item of its own, without the
                // row's priority, type and issue, which belong to the first.
                tasks.stream().skip(1).map(ActionItemTable::fromTask).forEach(sink);
            } else if (columns != null && columns.contains(Column.ACTION)) {
                Element actionCell = cell(cells, known, Column.ACTION);
                if (actionCell != null) {
                    TaskBodyReader.Fields fields = TaskBodyReader.read(actionCell);
                    sink.accept(withCells(item(fields, false), cells, known));
                }
            }
        }
    }

    /** An item from a task alone: status from the task, everything else from its body. */
    static PageActionItem fromTask(Element task) {
        boolean complete = task.firstDescendant("ac:task-status")
                .map(status -> status.text().strip().equalsIgnoreCase("complete")).orElse(false);
        Element body = task.childElements().stream().filter(child -> child.is("ac:task-body")).findFirst()
                .orElse(task);
        return item(TaskBodyReader.read(body), complete);
    }

    private static PageActionItem item(TaskBodyReader.Fields fields, boolean complete) {
        return new PageActionItem(fields.itemId(), fields.summary(), fields.ownerUserKey(), fields.ownerText(),
                fields.due(), complete, null, null, fields.jiraKey());
    }

    private static PageActionItem withCells(PageActionItem item, List<Element> cells, List<Column> columns) {
        ActionItemPriority priority = text(cells, columns, Column.PRIORITY)
                .flatMap(ActionItemPriority::fromTitle).orElse(null);
        ActionItemType type = text(cells, columns, Column.TYPE).flatMap(ActionItemType::fromTitle).orElse(null);
        String jiraKey = item.jiraKey() != null ? item.jiraKey() : jiraKey(cell(cells, columns, Column.JIRA));
        String ownerUserKey = item.ownerUserKey();
        String ownerText = item.ownerText();
        Element ownerCell = cell(cells, columns, Column.OWNER);
        if (ownerUserKey == null && ownerText == null && ownerCell != null) {
            TaskBodyReader.Fields owner = TaskBodyReader.read(ownerCell);
            ownerUserKey = owner.ownerUserKey();
            ownerText = ownerUserKey == null && !owner.summary().isEmpty() ? owner.summary() : owner.ownerText();
        }
        LocalDate due = item.due();
        Element dueCell = cell(cells, columns, Column.DUE);
        if (due == null && dueCell != null) {
            TaskBodyReader.Fields dueFields = TaskBodyReader.read(dueCell);
            due = dueFields.due() != null ? dueFields.due() : TaskBodyReader.parseDate(dueFields.summary());
        }
        return new PageActionItem(item.itemId(), item.summary(), ownerUserKey, ownerText, due, item.complete(),
                priority, type, jiraKey);
    }

    private static String jiraKey(Element cell) {
        if (cell == null) {
            return null;
        }
        Optional<String> fromMacro = cell.descendants("ac:structured-macro").stream()
                .filter(macro -> macro.isMacro("jira"))
                .map(macro -> macro.macroParameter("key").orElse(""))
                .filter(key -> !key.isEmpty())
                .findFirst();
        if (fromMacro.isPresent()) {
            return fromMacro.get();
        }
        Matcher key = ConfluenceMarkup.ISSUE_KEY.matcher(TaskBodyReader.plainText(cell));
        return key.find() ? key.group() : null;
    }

    private static Optional<String> text(List<Element> cells, List<Column> columns, Column wanted) {
        return Optional.ofNullable(cell(cells, columns, wanted)).map(TaskBodyReader::plainText);
    }

    private static Element cell(List<Element> cells, List<Column> columns, Column wanted) {
        int index = columns.indexOf(wanted);
        return index >= 0 && index < cells.size() ? cells.get(index) : null;
    }

    private static List<Column> columnsOf(List<Element> headerCells) {
        List<Column> columns = new ArrayList<>();
        for (Element cell : headerCells) {
            String header = TaskBodyReader.plainText(cell).toLowerCase(Locale.ROOT);
            Column column;
            if (header.contains("priority")) {
                column = Column.PRIORITY;
            } else if (header.contains("type")) {
                column = Column.TYPE;
            } else if (header.contains("jira") || header.contains("issue") || header.contains("ticket")) {
                column = Column.JIRA;
            } else if (header.contains("owner") || header.contains("assignee")) {
                column = Column.OWNER;
            } else if (header.contains("due")) {
                column = Column.DUE;
            } else if (header.contains("action") || header.contains("task")) {
                column = Column.ACTION;
            } else {
                column = Column.OTHER;
            }
            columns.add(columns.contains(column) ? Column.OTHER : column);
        }
        return columns;
    }
}
