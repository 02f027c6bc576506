package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.StorageNode;
import io.hindsight.postmortem.storage.StorageNode.Element;
import io.hindsight.postmortem.storage.StorageParser;
import io.hindsight.postmortem.storage.StorageSerializer;
import io.hindsight.postmortem.storage.StorageWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Writes Jira issue keys into the action items of a page a person edited: the item's Jira cell gets the Jira issue
 * macro (its text kept beside it unless it was a placeholder), or, outside a table with a Jira column, the macro goes
 * at the end of the task. An item without an anchor gets one, so it is recognised on the next run.
 *
 * <p>Items are identified by {@link #idsOf}: the anchor id where one survived (its first task only), otherwise an id
 * derived from the summary and how many items before it have the same summary — the same on every run over the
 * same page, which is what lets a retry find the issue an earlier run created.
 */
public final class ActionItemLinker {

    private static final Set<String> PLACEHOLDERS = Set.of("", "not created yet", "none", "tbd", "-", "—");

    private final StorageParser parser = new StorageParser();
    private final StorageSerializer serializer = new StorageSerializer();

    /** One id per item, in the order given (the page order of {@link PostmortemPageReader}). */
    public static List<String> idsOf(List<PageActionItem> items) {
        Ids ids = new Ids();
        return items.stream().map(item -> ids.next(item.itemId(), item.summary())).toList();
    }

    /**
     * The body with each item whose id is a key of {@code jiraKeysById} linked to its issue; other items and
     * everything else on the page are left as they were. Keys that are not issue keys are ignored.
     */
    public String link(String body, Map<String, String> jiraKeysById) {
        Element page = parser.parse(body);
        Map<Element, String> keysByTask = new IdentityHashMap<>();
        Map<Element, String> anchorsToAdd = new IdentityHashMap<>();
        Ids ids = new Ids();
        for (Element task : page.descendants("ac:task")) {
            Element taskBody = bodyOf(task);
            TaskBodyReader.Fields fields = TaskBodyReader.read(taskBody);
            String id = ids.next(fields.itemId(), fields.summary());
            String key = jiraKeysById.get(id);
            if (key != null && ConfluenceMarkup.ISSUE_KEY.matcher(key).matches() && fields.jiraKey() == null) {
                keysByTask.put(task, key);
                if (!id.equals(fields.itemId())) {
                    anchorsToAdd.put(task, id);
                }
            }
        }
        if (keysByTask.isEmpty()) {
            return body;
        }
        return serializer.bodyOf(new Rewrite(keysByTask, anchorsToAdd).element(page, -1));
    }

    private static Element bodyOf(Element task) {
        return task.childElements().stream().filter(child -> child.is("ac:task-body")).findFirst().orElse(task);
    }

    private List<StorageNode> fragment(Consumer<ConfluenceMarkup> write) {
        StorageWriter out = new StorageWriter(256);
        write.accept(new ConfluenceMarkup(out));
        return parser.parse(out.finish()).children();
    }

    /** Rebuilds the tree, changing only the rows and tasks being linked. */
    private final class Rewrite {
        private final Map<Element, String> keysByTask;
        private final Map<Element, String> anchorsToAdd;
        private final Set<Element> linkedInCell = Collections.newSetFromMap(new IdentityHashMap<>());

        private Rewrite(Map<Element, String> keysByTask, Map<Element, String> anchorsToAdd) {
            this.keysByTask = keysByTask;
            this.anchorsToAdd = anchorsToAdd;
        }

        /** {@code jiraColumn} is the index of the Jira column of the table this element belongs to, or -1. */
        private Element element(Element element, int jiraColumn) {
            int column = element.is("table") ? jiraColumnOf(element) : jiraColumn;
            if (element.is("tr") && column >= 0) {
                return row(element, column);
            }
            if (keysByTask.containsKey(element)) {
                return task(element, !linkedInCell.contains(element));
            }
            // Below a row, a nested table counts its own columns.
            int inherited = element.is("td") || element.is("th") ? -1 : column;
            return withChildren(element, child -> element(child, inherited));
        }

        private Element row(Element row, int jiraColumn) {
            List<Element> cells = PostmortemPageReader.cells(row);
            Element linkedTask = row.descendants("ac:task").stream().filter(keysByTask::containsKey).findFirst()
                    .orElse(null);
            if (linkedTask == null || jiraColumn >= cells.size()) {
                return withChildren(row, child -> element(child, -1));
            }
            linkedInCell.add(linkedTask);
            Element jiraCell = cells.get(jiraColumn);
            String key = keysByTask.get(linkedTask);
            return withChildren(row, child -> child == jiraCell ? jiraCell(jiraCell, key) : element(child, -1));
        }

        private Element jiraCell(Element cell, String key) {
            List<StorageNode> children = new ArrayList<>(fragment(markup -> markup.jiraIssue(key)));
            String text = TaskBodyReader.plainText(cell).toLowerCase(Locale.ROOT);
            if (!PLACEHOLDERS.contains(text)) {
                children.add(new StorageNode.Text(" "));
                children.addAll(cell.children());
            }
            return new Element(cell.name(), cell.attributes(), children);
        }

        private Element task(Element task, boolean macroInBody) {
            String key = keysByTask.get(task);
            String anchor = anchorsToAdd.get(task);
            return withChildren(task, child -> {
                if (!child.is("ac:task-body")) {
                    return child;
                }
                List<StorageNode> children = new ArrayList<>();
                if (anchor != null) {
                    // First in the body: the reader takes the first anchor, so this one wins over a copied one.
                    children.addAll(fragment(markup -> markup.anchor(ActionItemMarkup.ANCHOR_PREFIX + anchor)));
                }
                children.addAll(child.children());
                if (macroInBody) {
                    children.add(new StorageNode.Text(" "));
                    children.addAll(fragment(markup -> markup.jiraIssue(key)));
                }
                return new Element(child.name(), child.attributes(), children);
            });
        }

        private Element withChildren(Element element, UnaryOperator<Element> change) {
            List<StorageNode> children = new ArrayList<>(element.children().size());
            boolean changed = false;
            for (StorageNode child : element.children()) {
                StorageNode after = child instanceof Element childElement ? change.apply(childElement) : child;
                changed |= after != child;
                children.add(after);
            }
            return changed ? new Element(element.name(), element.attributes(), children) : element;
        }
    }

    private static int jiraColumnOf(Element table) {
        for (Element row : table.descendants("tr")) {
            List<Element> cells = PostmortemPageReader.cells(row);
            if (!cells.isEmpty() && cells.stream().allMatch(cell -> cell.is("th"))) {
                for (int i = 0; i < cells.size(); i++) {
                    String header = TaskBodyReader.plainText(cells.get(i)).toLowerCase(Locale.ROOT);
                    if (header.contains("jira") || header.contains("issue") || header.contains("ticket")) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Hands out ids in page order; see the class comment. */
    private static final class Ids {
        private final Set<String> anchorsSeen = new HashSet<>();
        private final Map<String, Integer> summariesSeen = new HashMap<>();

        String next(String anchorId, String summary) {
            if (anchorId != null && ActionItem.ID.matcher(anchorId).matches() && anchorsSeen.add(anchorId)) {
                return anchorId;
            }
            String normalized = PostmortemPageReader.normalizedName(summary);
            int occurrence = summariesSeen.merge(normalized, 1, Integer::sum);
            return "p" + sha256(normalized + "#" + occurrence).substring(0, 16);
        }

        private static String sha256(String text) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256.", e);
            }
        }
    }
}
