package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.ConfluenceMarkup;
import io.hindsight.postmortem.storage.MalformedStorageException;
import io.hindsight.postmortem.storage.StorageNode.Element;
import io.hindsight.postmortem.storage.StorageParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Reads the post-mortem status and the action items back from a page body that people may have edited: rows
 * reordered or deleted, cells reformatted, owners typed as text, tasks ticked or added.
 *
 * <p>Action items are the tasks, and the rows of action-item tables, under the "Action items" heading (anywhere on
 * the page when that heading is gone). Columns are found by their header text, so they may be reordered too.
 */
public final class PostmortemPageReader {

    private static final String STATUS_MACRO = "status";

    private final StorageParser parser = new StorageParser();

    /**
     * Reads the page.
     *
     * @param knownPeople people whose display names resolve an owner typed as text to a user key
     * @throws MalformedStorageException when the body is not well-formed storage format
     */
    public PageReading read(String body, Collection<Person> knownPeople) {
        Element page = parser.parse(body);
        Map<String, String> userKeysByName = new HashMap<>();
        for (Person person : knownPeople) {
            userKeysByName.putIfAbsent(normalizedName(person.displayName()), person.userKey());
        }
        Walk walk = new Walk(userKeysByName, false);
        walk.visit(page);
        if (!walk.foundHeading) {
            walk = new Walk(userKeysByName, true);
            walk.visit(page);
        }
        return new PageReading(status(page).orElse(null), walk.items);
    }

    private static Optional<PostmortemStatus> status(Element page) {
        for (Element details : macros(page, "details")) {
            for (Element row : details.descendants("tr")) {
                List<Element> cells = cells(row);
                if (cells.size() >= 2 && isStatusKey(TaskBodyReader.plainText(cells.get(0)))) {
                    Optional<PostmortemStatus> status = statusIn(cells.get(1));
                    if (status.isPresent()) {
                        return status;
                    }
                }
            }
        }
        // A person may have dropped the page properties; any lozenge naming a post-mortem status will do.
        for (Element lozenge : macros(page, STATUS_MACRO)) {
            Optional<PostmortemStatus> status = PostmortemStatus.fromTitle(lozenge.macroParameter("title").orElse(""));
            if (status.isPresent()) {
                return status;
            }
        }
        return Optional.empty();
    }

    private static Optional<PostmortemStatus> statusIn(Element cell) {
        for (Element lozenge : macros(cell, STATUS_MACRO)) {
            Optional<PostmortemStatus> status = PostmortemStatus.fromTitle(lozenge.macroParameter("title").orElse(""));
            if (status.isPresent()) {
                return status;
            }
        }
        return PostmortemStatus.fromTitle(TaskBodyReader.plainText(cell));
    }

    private static boolean isStatusKey(String text) {
        String key = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return key.equals("postmortemstatus") || key.equals("status");
    }

    private static List<Element> macros(Element root, String name) {
        List<Element> found = new ArrayList<>();
        root.forEachDescendant(element -> {
            if (element.isMacro(name)) {
                found.add(element);
            }
        });
        return found;
    }

    static List<Element> cells(Element row) {
        return row.childElements().stream().filter(cell -> cell.is("td") || cell.is("th")).toList();
    }

    static String normalizedName(String name) {
        return name.strip().replaceFirst("^@", "").replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One pass over the page in document order, collecting items while inside the action-item section. */
    private static final class Walk {
        private final Map<String, String> userKeysByName;
        private final boolean everywhere;
        private final List<PageActionItem> items = new ArrayList<>();
        private boolean foundHeading;
        private int sectionLevel;

        private Walk(Map<String, String> userKeysByName, boolean everywhere) {
            this.userKeysByName = userKeysByName;
            this.everywhere = everywhere;
        }

        private void visit(Element element) {
            for (Element child : element.childElements()) {
                int level = headingLevel(child);
                if (level > 0) {
                    heading(child, level);
                } else if (!inSection()) {
                    visit(child);
                } else if (child.is("table")) {
                    new ActionItemTable(child, this::item).read();
                } else if (child.is("ac:task")) {
                    item(ActionItemTable.fromTask(child));
                } else {
                    visit(child);
                }
            }
        }

        private void heading(Element heading, int level) {
            if (TaskBodyReader.plainText(heading).toLowerCase(Locale.ROOT)
                    .startsWith(ActionItemMarkup.HEADING.toLowerCase(Locale.ROOT))) {
                foundHeading = true;
                sectionLevel = level;
            } else if (sectionLevel > 0 && level <= sectionLevel) {
                sectionLevel = 0;
            }
        }

        private boolean inSection() {
            return everywhere || sectionLevel > 0;
        }

        private void item(PageActionItem found) {
            if (found.summary().isEmpty() && found.itemIdIfMarked().isEmpty()) {
                return;
            }
            String resolvedOwner = found.ownerUserKey();
            if (resolvedOwner == null && found.ownerText() != null) {
                resolvedOwner = userKeysByName.get(normalizedName(found.ownerText()));
            }
            String jiraKey = found.jiraKey();
            if (jiraKey != null) {
                Matcher key = ConfluenceMarkup.ISSUE_KEY.matcher(jiraKey.strip());
                jiraKey = key.find() ? key.group() : null;
            }
            items.add(new PageActionItem(found.itemId(), found.summary(), resolvedOwner, found.ownerText(),
                    found.due(), found.complete(), found.priority(), found.type(), jiraKey));
        }

        private static int headingLevel(Element element) {
            String name = element.name();
            if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
                return name.charAt(1) - '0';
            }
            return 0;
        }
    }
}
