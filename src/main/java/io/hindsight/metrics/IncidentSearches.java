package io.hindsight.metrics;

import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.Severity;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The issue searches behind Hindsight's JQL functions, answered from Hindsight's own indexed tables (the action-item
 * mirror and the incident states), never by loading issues: the action items of an incident, overdue action items,
 * incidents whose post-mortem is overdue, incidents of a severity with a missed deadline. Each answer holds only
 * issues in projects the searcher may see, and at most {@link #MAX_RESULTS} keys.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class IncidentSearches {

    /** Jira turns each key into a term of one query; beyond this many, a board should filter by project first. */
    public static final int MAX_RESULTS = 5_000;
    private static final int PAGE = 500;

    private final ActionItemMirror actionItems;
    private final IncidentStateStore states;
    private final IncidentDirectory incidents;
    private final ProjectVisibility visibility;
    private final Clock clock;

    public IncidentSearches(ActionItemMirror actionItems, IncidentStateStore states, IncidentDirectory incidents,
            ProjectVisibility visibility, Clock clock) {
        this.actionItems = actionItems;
        this.states = states;
        this.incidents = incidents;
        this.visibility = visibility;
        this.clock = clock;
    }

    /** The action-item issues of the incident; none when it does not exist or the searcher may not see it. */
    public List<String> actionItemsOf(String searcherKey, String incidentKey) {
        Set<String> visible = visibility.visibleProjects(searcherKey);
        return incidents.findByKey(incidentKey).filter(incident -> visible.contains(incident.projectKey()))
                .map(incident -> actionItems.ofIncident(incident.id(), MAX_RESULTS).stream()
                        .map(TrackedActionItem::issueKey).toList())
                .orElse(List.of());
    }

    /** Open action items with an owner, past their due date, of incidents the searcher may see. */
    public List<String> overdueActionItems(String searcherKey) {
        Set<String> visible = visibility.visibleProjects(searcherKey);
        Instant now = clock.instant();
        List<String> keys = new ArrayList<>();
        String after = null;
        List<TrackedActionItem> page;
        do {
            page = actionItems.overdue(now, after, PAGE);
            for (TrackedActionItem item : page) {
                if (visible.contains(item.projectKey()) && keys.size() < MAX_RESULTS) {
                    keys.add(item.issueKey());
                }
            }
            after = page.isEmpty() ? after : ActionItemMirror.overdueCursor(page.get(page.size() - 1));
        } while (page.size() == PAGE && keys.size() < MAX_RESULTS);
        return keys;
    }

    /** Incidents whose post-mortem deadline passed without a published post-mortem (cancelled ones excepted). */
    public List<String> postmortemOverdue(String searcherKey) {
        return missed(searcherKey, List.of(DeadlineClock.POSTMORTEM), null);
    }

    /** Incidents of the severity with any deadline passed and still unmet. */
    public List<String> breachedIncidents(String searcherKey, Severity severity) {
        return missed(searcherKey, List.of(DeadlineClock.values()), severity);
    }

    private List<String> missed(String searcherKey, List<DeadlineClock> clocks, Severity severity) {
        Set<String> visible = visibility.visibleProjects(searcherKey);
        Instant now = clock.instant();
        Set<String> keys = new LinkedHashSet<>();
        for (DeadlineClock deadline : clocks) {
            long after = 0;
            List<IncidentState> page;
            do {
                page = states.overdue(deadline, Instant.EPOCH, now, after, PAGE);
                for (IncidentState state : page) {
                    IncidentRef incident = state.incident();
                    if (state.status() != IncidentStatus.CANCELLED && visible.contains(incident.projectKey())
                            && (severity == null || state.severity() == severity) && keys.size() < MAX_RESULTS) {
                        keys.add(incident.key());
                    }
                }
                after = page.isEmpty() ? after : page.get(page.size() - 1).incidentId();
            } while (page.size() == PAGE && keys.size() < MAX_RESULTS);
        }
        return List.copyOf(keys);
    }
}
