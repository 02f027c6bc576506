package io.hindsight.postmortem;

import io.hindsight.postmortem.storage.StorageNode;
import io.hindsight.postmortem.storage.StorageNode.Element;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one task's body: its anchor id, summary, owner (mention, or text after "Owner:"), due date ({@code <time>},
 * or a date after "Due:") and Jira issue, tolerating formatting and reworded separators.
 */
final class TaskBodyReader {

    private static final char OWNER_MARK = '\u0001';
    private static final char DUE_MARK = '\u0002';
    /** Any run of white space, no-break spaces included: the editor writes {@code &nbsp;} freely. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s—–\\-·,;:|]+$");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "br", "h1", "h2", "h3", "h4",
            "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th");
    private static final Set<String> PLACEHOLDERS = Set.of("not assigned", "not set", "none", "tbd", "-", "—");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            formatter("d MMM uuuu"), formatter("d MMMM uuuu"), formatter("MMM d, uuuu"), formatter("MMMM d, uuuu"));

    private TaskBodyReader() {
    }

    /** The fields found in one task (or table cell) body. */
    record Fields(String itemId, String summary, String ownerUserKey, String ownerText, LocalDate due,
                  String jiraKey) {
    }

    static Fields read(Element body) {
        Collected collected = new Collected();
        StringBuilder flat = new StringBuilder();
        flatten(body, flat, collected);
        String text = SPACES.matcher(flat).replaceAll(" ").strip();
        String lower = text.toLowerCase(Locale.ROOT);
        int ownerLabel = lower.indexOf(ActionItemMarkup.OWNER_LABEL.toLowerCase(Locale.ROOT));
        int dueLabel = lower.indexOf(ActionItemMarkup.DUE_LABEL.toLowerCase(Locale.ROOT));
        int summaryEnd = firstOf(text.length(), ownerLabel, dueLabel, text.indexOf(OWNER_MARK), text.indexOf(DUE_MARK));
        String summary = clean(text.substring(0, summaryEnd));
        String ownerText = collected.mentionedUserKey == null && ownerLabel >= 0
                ? valueAfter(text, ownerLabel + ActionItemMarkup.OWNER_LABEL.length(), dueLabel) : null;
        if (ownerText == null && collected.mentionedUserName != null) {
            ownerText = collected.mentionedUserName;
        }
        LocalDate due = collected.due != null || dueLabel < 0
                ? collected.due : parseDate(valueAfter(text, dueLabel + ActionItemMarkup.DUE_LABEL.length(), -1));
        return new Fields(collected.itemId, summary, collected.mentionedUserKey, ownerText, due, collected.jiraKey);
    }

    /** Text of a cell without formatting: whitespace collapsed, macros' parameters left out. */
    static String plainText(Element cell) {
        StringBuilder flat = new StringBuilder();
        flatten(cell, flat, new Collected());
        return clean(SPACES.matcher(flat).replaceAll(" "));
    }

    static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String candidate = text.strip();
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(candidate, format);
            } catch (DateTimeParseException notThisFormat) {
                // Try the next format.
            }
        }
        return null;
    }

    private static void flatten(Element element, StringBuilder flat, Collected collected) {
        for (StorageNode child : element.children()) {
            if (child instanceof StorageNode.Text text) {
                flat.append(text.text());
                continue;
            }
            Element node = (Element) child;
            if (node.is("ac:link") && node.firstDescendant("ri:user").isPresent()) {
                Element user = node.firstDescendant("ri:user").orElseThrow();
                if (collected.mentionedUserKey == null && collected.mentionedUserName == null) {
                    collected.mentionedUserKey = user.attribute("ri:userkey").orElse(null);
                    collected.mentionedUserName = user.attribute("ri:username").orElse(null);
                }
                flat.append(OWNER_MARK);
            } else if (node.is("time")) {
                if (collected.due == null) {
                    collected.due = parseDate(node.attribute("datetime").orElse(null));
                }
                flat.append(DUE_MARK);
            } else if (node.isMacro("anchor")) {
                String name = node.macroParameter("").orElse("");
                if (collected.itemId == null && name.startsWith(ActionItemMarkup.ANCHOR_PREFIX)) {
                    collected.itemId = name.substring(ActionItemMarkup.ANCHOR_PREFIX.length());
                }
            } else if (node.isMacro("jira")) {
                if (collected.jiraKey == null) {
                    collected.jiraKey = node.macroParameter("key").orElse(null);
                }
            } else if (node.isMacro("status")) {
                flat.append(' ').append(node.macroParameter("title").orElse("")).append(' ');
            } else if (node.is("ac:structured-macro") || node.is("ac:macro") || node.is("ac:task-list")
                    || node.is("ac:parameter")) {
                // Other macros and nested tasks are not part of this item's text.
                continue;
            } else if (BLOCKS.contains(node.name())) {
                flat.append(' ');
                flatten(node, flat, collected);
                flat.append(' ');
            } else {
                flatten(node, flat, collected);
            }
        }
    }

    private static String valueAfter(String text, int from, int stopLabel) {
        int end = text.length();
        for (int stop : new int[] {stopLabel > from ? stopLabel : -1, text.indexOf('·', from),
                text.indexOf(DUE_MARK, from), text.indexOf(OWNER_MARK, from), text.indexOf('|', from)}) {
            if (stop >= from && stop < end) {
                end = stop;
            }
        }
        String value = clean(text.substring(from, end));
        return value.isEmpty() || PLACEHOLDERS.contains(value.toLowerCase(Locale.ROOT)) ? null : value;
    }

    private static String clean(String text) {
        String withoutMarks = text.replace(String.valueOf(OWNER_MARK), "").replace(String.valueOf(DUE_MARK), "");
        return TRAILING_SEPARATORS.matcher(withoutMarks.strip()).replaceAll("").strip();
    }

    private static int firstOf(int otherwise, int... positions) {
        int first = otherwise;
        for (int position : positions) {
            if (position >= 0 && position < first) {
                first = position;
            }
        }
        return first;
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }

    private static final class Collected {
        private String itemId;
        private String mentionedUserKey;
        private String mentionedUserName;
        private LocalDate due;
        private String jiraKey;
    }
}
