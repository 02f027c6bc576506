package io.hindsight.actionitem;

import io.hindsight.actionitem.FollowUpRow.Outcome;
import io.hindsight.postmortem.ActionItemLinker;
import io.hindsight.postmortem.ActionItemPriority;
import io.hindsight.postmortem.PageActionItem;
import io.hindsight.postmortem.PostmortemPageReader;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns the action items of a post-mortem page, as people edited it, into follow-up issues: one per item that has
 * none yet, assigned, dated, prioritised, labelled, linked to the incident and back to the page; then names each new
 * issue on the page.
 *
 * <p>Re-running is safe. An item naming its issue is skipped. Each issue also carries a marker label derived from
 * the incident and the item's id ({@link #markerLabel}); before creating, the tracker is searched for it, so an issue
 * created by a run whose page save then failed is found and named, not created twice. A label rather than the remote
 * link's global id because Jira can search labels with JQL in one call, and the label is written in the same request
 * that creates the issue, so no window exists in which the issue is there without its marker.
 */
public final class FollowUpService {

    /** Jira keeps summaries to 255 characters. */
    static final int MAX_SUMMARY = 255;
    private static final String MARKER_PREFIX = "hindsight-ai-";
    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}");

    private final FollowUpTracker tracker;
    private final Assignees assignees;
    private final Clock clock;
    private final PostmortemPageReader reader = new PostmortemPageReader();
    private final ActionItemLinker linker = new ActionItemLinker();

    public FollowUpService(FollowUpTracker tracker, Assignees assignees, Clock clock) {
        this.tracker = tracker;
        this.assignees = assignees;
        this.clock = clock;
    }

    /**
     * Creates the missing follow-ups of one page.
     *
     * @throws IllegalArgumentException for an incident key that is not an issue key
     * @throws io.hindsight.postmortem.storage.MalformedStorageException for a body that is not storage format
     */
    public FollowUpReport createFollowUps(String pageBody, String incidentKey, FollowUpSettings settings,
                                          PageLink page) {
        if (incidentKey == null || !ISSUE_KEY.matcher(incidentKey).matches()) {
            throw new IllegalArgumentException("An incident key looks like OPS-123: " + incidentKey);
        }
        List<PageActionItem> items = reader.read(pageBody, List.of()).actionItems();
        List<String> ids = ActionItemLinker.idsOf(items);
        List<FollowUpRow> rows = new ArrayList<>();
        URI authorisation = null;
        for (int i = 0; i < items.size(); i++) {
            PageActionItem item = items.get(i);
            String id = ids.get(i);
            if (authorisation != null) {
                rows.add(failed(id, item, "Not tried: Jira first needs your authorisation."));
                continue;
            }
            try {
                rows.add(followUp(id, item, incidentKey, settings, page));
            } catch (FollowUpFailure failure) {
                if (failure.kind() == FollowUpFailure.Kind.AUTHORISATION_REQUIRED) {
                    authorisation = failure.authorisationUriIfRequired().orElse(null);
                }
                rows.add(failed(id, item, failure.reason()));
            }
        }
        Map<String, String> keysById = new HashMap<>();
        rows.stream().filter(FollowUpRow::linksThePage).forEach(row -> keysById.put(row.itemId(), row.issueKey()));
        String body = keysById.isEmpty() ? pageBody : linker.link(pageBody, keysById);
        return new FollowUpReport(rows, body, !body.equals(pageBody), authorisation);
    }

    /** The label that marks the follow-up of one item of one incident; lower case, as Jira shows labels. */
    public static String markerLabel(String incidentKey, String itemId) {
        return MARKER_PREFIX + incidentKey.toLowerCase(Locale.ROOT) + "-" + itemId;
    }

    private FollowUpRow followUp(String id, PageActionItem item, String incidentKey, FollowUpSettings settings,
                                 PageLink page) {
        if (item.jiraKey() != null) {
            return new FollowUpRow(id, item.summary(), Outcome.ALREADY_LINKED, item.jiraKey(), null);
        }
        if (item.complete()) {
            return new FollowUpRow(id, item.summary(), Outcome.SKIPPED_DONE, null, null);
        }
        Optional<String> problem = problemWith(item);
        if (problem.isPresent()) {
            return failed(id, item, problem.get());
        }
        String marker = markerLabel(incidentKey, id);
        Optional<String> earlier = tracker.findByMarker(marker);
        String key;
        Outcome outcome;
        if (earlier.isPresent()) {
            key = earlier.get();
            outcome = Outcome.FOUND_FROM_EARLIER_RUN;
        } else {
            key = tracker.create(newFollowUp(item, incidentKey, settings, page, marker));
            outcome = Outcome.CREATED;
        }
        // Links are written again for an issue found from an earlier run: that run may have stopped before them,
        // and Jira keeps one issue link per pair and type and one remote link per global id.
        List<String> warnings = new ArrayList<>();
        try {
            tracker.linkToIncident(key, incidentKey, settings.linkTypeName());
        } catch (FollowUpFailure failure) {
            warnings.add("Not linked to " + incidentKey + ": " + failure.reason());
        }
        try {
            tracker.linkToPage(key, page);
        } catch (FollowUpFailure failure) {
            warnings.add("No link back to this page: " + failure.reason());
        }
        return new FollowUpRow(id, item.summary(), outcome, key, warnings.isEmpty() ? null : String.join(" ", warnings));
    }

    private Optional<String> problemWith(PageActionItem item) {
        if (item.summary().isBlank()) {
            return Optional.of("The action item has no text.");
        }
        if (item.ownerUserKey() == null) {
            return Optional.of(item.ownerText() == null
                    ? "Add an owner: mention one person with @."
                    : "The owner \"" + item.ownerText() + "\" is typed as text; mention the person with @ instead.");
        }
        if (assignees.usernameOf(item.ownerUserKey()).isEmpty()) {
            return Optional.of("The owner is not a user Jira knows.");
        }
        if (item.due() == null) {
            return Optional.of("Add a due date.");
        }
        if (item.due().isBefore(LocalDate.now(clock))) {
            return Optional.of("The due date " + item.due() + " is in the past.");
        }
        return Optional.empty();
    }

    private NewFollowUp newFollowUp(PageActionItem item, String incidentKey, FollowUpSettings settings,
                                    PageLink page, String marker) {
        List<String> labels = new ArrayList<>(settings.labels());
        labels.add(marker);
        String priority = item.priorityIfSet().orElse(ActionItemPriority.MEDIUM).title();
        String summary = item.summary().length() <= MAX_SUMMARY ? item.summary()
                : item.summary().substring(0, MAX_SUMMARY - 1) + "…";
        String description = "Action item from the post-mortem of " + incidentKey + ": " + page.title() + "\n"
                + page.url();
        return new NewFollowUp(settings.projectKey(), settings.issueTypeName(), summary, description,
                assignees.usernameOf(item.ownerUserKey()).orElseThrow(), item.due(), priority, labels);
    }

    private static FollowUpRow failed(String id, PageActionItem item, String reason) {
        return new FollowUpRow(id, item.summary(), Outcome.FAILED, null, reason);
    }
}
