package io.hindsight.postmortem.storage;

import static io.hindsight.postmortem.storage.StorageAttribute.AC_NAME;
import static io.hindsight.postmortem.storage.StorageAttribute.AC_SCHEMA_VERSION;
import static io.hindsight.postmortem.storage.StorageAttribute.DATETIME;
import static io.hindsight.postmortem.storage.StorageAttribute.HREF;
import static io.hindsight.postmortem.storage.StorageAttribute.RI_USERKEY;

import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Confluence storage-format vocabulary a post-mortem uses — Jira issue macro, status lozenge, mention, date,
 * panels, anchors — written through a {@link StorageWriter}, with values that would not work left as plain text.
 */
public final class ConfluenceMarkup {

    /** A Jira issue key: project key, dash, number. Anything else is written as text, never as a macro. */
    public static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private static final int MAX_URL_LENGTH = 2000;
    /** Jira and Confluence keep user keys to 255 characters. */
    private static final int MAX_USER_KEY_LENGTH = 255;
    private static final int MAX_TEXT_KEY_LENGTH = 255;
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s<>\"]+", Pattern.CASE_INSENSITIVE);

    private final StorageWriter out;

    public ConfluenceMarkup(StorageWriter out) {
        this.out = out;
    }

    public StorageWriter writer() {
        return out;
    }

    /** The Jira issue macro for a well-formed key; the key as text otherwise. */
    public void jiraIssue(String issueKey) {
        if (issueKey == null || issueKey.length() > MAX_TEXT_KEY_LENGTH || !ISSUE_KEY.matcher(issueKey).matches()) {
            out.text(XmlText.truncate(issueKey, MAX_TEXT_KEY_LENGTH));
            return;
        }
        macro("jira");
        parameter("key", issueKey);
        out.close();
    }

    /** A status lozenge; {@code colour} is one of Grey, Red, Yellow, Green, Blue. */
    public void statusLozenge(String colour, String title) {
        macro("status");
        parameter("colour", colour);
        parameter("title", title);
        out.close();
    }

    /**
     * A user mention by host user key; it also makes the user the assignee of a task it sits in. A value that cannot
     * be a user key (blank, or longer than the hosts allow) is written as text instead.
     */
    public void mention(String userKey) {
        if (userKey == null || userKey.isBlank() || userKey.length() > MAX_USER_KEY_LENGTH) {
            out.text(XmlText.truncate(userKey, MAX_TEXT_KEY_LENGTH));
            return;
        }
        out.open(StorageTag.LINK);
        out.empty(StorageTag.USER, RI_USERKEY.is(userKey));
        out.close();
    }

    /** A date Confluence shows as a date lozenge and uses as a task's due date. */
    public void date(LocalDate date) {
        out.empty(StorageTag.TIME, DATETIME.is(date.toString()));
    }

    /** A table of contents of the page's headings. */
    public void tableOfContents() {
        out.empty(StorageTag.MACRO, AC_NAME.is("toc"), AC_SCHEMA_VERSION.is("1"));
    }

    /** An invisible anchor; survives editing, so it can carry an identity through a person's changes. */
    public void anchor(String name) {
        macro("anchor");
        // The anchor macro keeps its name in the default (unnamed) parameter.
        parameter("", name);
        out.close();
    }

    /** A panel ({@code info}, {@code note}, {@code warning}, {@code tip}) around whatever {@code body} writes. */
    public void panel(String kind, Consumer<StorageWriter> body) {
        richTextMacro(kind, body);
    }

    /** A macro with a rich-text body, such as {@code details} (page properties). */
    public void richTextMacro(String name, Consumer<StorageWriter> body) {
        macro(name);
        out.open(StorageTag.RICH_TEXT_BODY);
        body.accept(out);
        out.close();
        out.close();
    }

    /** A link for an http(s) URL; the text alone for anything else, so no script or data URL reaches the page. */
    public void link(String url, String text) {
        if (isSafeUrl(url)) {
            out.open(StorageTag.A, HREF.is(url)).text(text).close();
        } else {
            out.text(text);
        }
    }

    /** True for an absolute http or https URL of reasonable length without spaces or markup characters. */
    public static boolean isSafeUrl(String url) {
        return url != null && url.length() <= MAX_URL_LENGTH && SAFE_URL.matcher(url).matches();
    }

    /** A paragraph in italics that asks the author for what the data cannot say. */
    public void prompt(String text) {
        out.open(StorageTag.P).open(StorageTag.EM).text(text).close().close();
    }

    private void macro(String name) {
        out.open(StorageTag.MACRO, AC_NAME.is(name), AC_SCHEMA_VERSION.is("1"));
    }

    private void parameter(String name, String value) {
        out.open(StorageTag.PARAMETER, AC_NAME.is(name)).text(value).close();
    }
}
