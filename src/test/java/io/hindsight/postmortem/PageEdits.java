package io.hindsight.postmortem;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helper: the edits a person makes to a generated page in the Confluence editor, applied to its body. */
final class PageEdits {

    private static final Pattern ACTION_ROW = Pattern.compile("(?s)<tr>\n<td><ac:task-list>.*?</tr>\n");

    private String body;

    private PageEdits(String body) {
        this.body = body;
    }

    static PageEdits of(String body) {
        return new PageEdits(body);
    }

    PageEdits moveRowToTop(String itemId) {
        String row = row(itemId);
        body = body.replace(row, "");
        Matcher first = ACTION_ROW.matcher(body);
        if (!first.find()) {
            throw new IllegalStateException("no action row left");
        }
        body = body.substring(0, first.start()) + row + body.substring(first.start());
        return this;
    }

    PageEdits deleteRow(String itemId) {
        body = body.replace(row(itemId), "");
        return this;
    }

    PageEdits inRow(String itemId, String from, String to) {
        String row = row(itemId);
        if (!row.contains(from)) {
            throw new IllegalStateException("row " + itemId + " has no " + from);
        }
        body = body.replace(row, row.replace(from, to));
        return this;
    }

    PageEdits addRowAfter(String itemId, String rowMarkup) {
        String row = row(itemId);
        body = body.replace(row, row + rowMarkup);
        return this;
    }

    PageEdits replace(String from, String to) {
        if (!body.contains(from)) {
            throw new IllegalStateException("page has no " + from);
        }
        body = body.replace(from, to);
        return this;
    }

    String body() {
        return body;
    }

    private String row(String itemId) {
        Matcher rows = ACTION_ROW.matcher(body);
        while (rows.find()) {
            if (rows.group().contains(ActionItemMarkup.ANCHOR_PREFIX + itemId + "<")) {
                return rows.group();
            }
        }
        throw new IllegalStateException("no row for " + itemId);
    }
}
