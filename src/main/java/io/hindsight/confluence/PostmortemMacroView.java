package io.hindsight.confluence;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What the post-mortem macro template shows, immutable and already HTML-escaped: the incident's key, summary,
 * severity, status and post-mortem deadline, or a message (with an "Authorise" address when Jira needs one).
 * Every getter is listed in the descriptor's velocity-allowlist.
 */
public final class PostmortemMacroView {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final IncidentSummary incident;
    private final String messageKey;
    private final URI authoriseUri;

    private PostmortemMacroView(IncidentSummary incident, String messageKey, URI authoriseUri) {
        this.incident = incident;
        this.messageKey = messageKey;
        this.authoriseUri = authoriseUri;
    }

    static PostmortemMacroView of(IncidentSummary incident) {
        return new PostmortemMacroView(incident, null, null);
    }

    /** A message instead of the incident; {@code messageKey} is an i18n key. */
    static PostmortemMacroView message(String messageKey) {
        return new PostmortemMacroView(null, messageKey, null);
    }

    static PostmortemMacroView authorise(URI authoriseUri) {
        return new PostmortemMacroView(null, "hindsight.postmortem.macro.authorise", authoriseUri);
    }

    public boolean isShown() {
        return incident != null;
    }

    public String getIncidentKey() {
        return incident == null ? "" : Html.escape(incident.key());
    }

    public String getSummary() {
        return incident == null ? "" : Html.escape(incident.summary());
    }

    public String getSeverity() {
        return incident == null ? "" : Html.escape(incident.severity());
    }

    public String getStatus() {
        return incident == null ? "" : Html.escape(incident.status());
    }

    /** The deadline, or "" when no post-mortem is due. */
    public String getPostmortemDue() {
        return incident == null || incident.postmortemDue() == null ? "" : Html.escape(DUE.format(incident.postmortemDue()));
    }

    /** The i18n key of the message to show, or "". */
    public String getMessageKey() {
        return messageKey == null ? "" : messageKey;
    }

    /** Where to authorise Confluence in Jira, or "" when no authorisation is needed; only http(s) addresses. */
    public String getAuthoriseUrl() {
        if (authoriseUri == null || authoriseUri.getScheme() == null
                || !(authoriseUri.getScheme().equalsIgnoreCase("https") || authoriseUri.getScheme().equalsIgnoreCase("http"))) {
            return "";
        }
        return Html.escape(authoriseUri.toString());
    }
}
