package io.hindsight.confluence;

import io.hindsight.confluence.followup.FollowUpStatuses;
import io.hindsight.confluence.postmortem.MacroState;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * What the post-mortem macro template shows, immutable and already HTML-escaped: the incident's key, summary,
 * severity, status and post-mortem deadline, or a message (with an "Authorise" address when Jira needs one); and
 * what the viewer may do with its post-mortem (open or generate it, create its follow-ups) with each follow-up's live
 * status. Buttons appear only to viewers who may use them, and never in read-only mode.
 * Every getter is listed in the descriptor's velocity-allowlist.
 */
public final class PostmortemMacroView {

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final IncidentSummary incident;
    private final String messageKey;
    private final URI authoriseUri;
    private final MacroState postmortem;
    private final long pageId;

    private PostmortemMacroView(IncidentSummary incident, String messageKey, URI authoriseUri, MacroState postmortem,
                                long pageId) {
        this.incident = incident;
        this.messageKey = messageKey;
        this.authoriseUri = authoriseUri;
        this.postmortem = postmortem;
        this.pageId = pageId;
    }

    private PostmortemMacroView(IncidentSummary incident, String messageKey, URI authoriseUri) {
        this(incident, messageKey, authoriseUri, null, 0);
    }

    static PostmortemMacroView of(IncidentSummary incident) {
        return new PostmortemMacroView(incident, null, null);
    }

    /** The incident with what the viewer may do with its post-mortem; {@code pageId} is the macro's page (0: none). */
    static PostmortemMacroView of(IncidentSummary incident, MacroState postmortem, long pageId) {
        return new PostmortemMacroView(incident, null, null, postmortem, pageId);
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
        return safeUrl(authoriseUri);
    }

    /** The macro's page id, for the buttons' requests; "" when the macro is not on a saved page. */
    public String getPageId() {
        return pageId > 0 ? String.valueOf(pageId) : "";
    }

    public boolean hasPostmortem() {
        return postmortem != null && postmortem.pageIfAny().isPresent();
    }

    /** Where the post-mortem page is, or "": only http(s) addresses. */
    public String getPostmortemUrl() {
        return postmortem == null ? "" : postmortem.pageIfAny().map(page -> safeUrl(URI.create(page.url())))
                .orElse("");
    }

    public boolean canGenerate() {
        return postmortem != null && postmortem.canGenerate();
    }

    public boolean canCreateFollowUps() {
        return postmortem != null && postmortem.canCreateFollowUps();
    }

    public boolean isReadOnly() {
        return postmortem != null && postmortem.readOnly();
    }

    public boolean hasFollowUps() {
        return statuses() != null && !statuses().issues().isEmpty();
    }

    public List<FollowUpRowView> getFollowUps() {
        return statuses() == null ? List.of() : statuses().issues().stream().map(FollowUpRowView::new).toList();
    }

    /** The i18n key saying why the follow-ups' status is missing, or "" when it is shown (or there are none). */
    public String getFollowUpProblemKey() {
        FollowUpStatuses statuses = statuses();
        if (statuses == null || statuses.isAvailable()) {
            return "";
        }
        return statuses.needsAuthorisation() ? "hindsight.postmortem.macro.followups.authorise"
                : "hindsight.postmortem.macro.followups.unavailable";
    }

    /** Where to authorise Jira for the follow-ups' status, or "". */
    public String getFollowUpAuthoriseUrl() {
        FollowUpStatuses statuses = statuses();
        return statuses == null || !statuses.needsAuthorisation() ? "" : safeUrl(statuses.authoriseUri());
    }

    private FollowUpStatuses statuses() {
        return postmortem == null ? null : postmortem.followUpsIfAny().orElse(null);
    }

    private static String safeUrl(URI uri) {
        if (uri == null || uri.getScheme() == null
                || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
            return "";
        }
        return Html.escape(uri.toString());
    }
}
