package io.hindsight.standalone.followups;

import io.hindsight.actionitem.ActionItemKind;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.FollowUpTracker;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.actionitem.PageLink;
import io.hindsight.actionitem.TrackedActionItem;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

/**
 * The embedded host's stand-in for Jira's issue listener: once a follow-up issue is linked to its incident, its copy
 * goes into the {@link ActionItemMirror} the metrics read, as the Jira listener puts it there in production. Without
 * it, follow-ups made on this host would never count in the action-item figures.
 */
public final class MirroringFollowUpTracker implements FollowUpTracker {

    private final StandaloneFollowUpTracker issues;
    private final IncidentDirectory incidents;
    private final ActionItemMirror mirror;
    private final Function<String, Optional<String>> userKeyOfName;
    private final Clock clock;

    public MirroringFollowUpTracker(StandaloneFollowUpTracker issues, IncidentDirectory incidents,
            ActionItemMirror mirror, Function<String, Optional<String>> userKeyOfName, Clock clock) {
        this.issues = issues;
        this.incidents = incidents;
        this.mirror = mirror;
        this.userKeyOfName = userKeyOfName;
        this.clock = clock;
    }

    @Override
    public Optional<String> findByMarker(String markerLabel) {
        return issues.findByMarker(markerLabel);
    }

    @Override
    public String create(NewFollowUp followUp) {
        return issues.create(followUp);
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        issues.linkToIncident(issueKey, incidentKey, linkTypeName);
        FollowUpIssue issue = issues.find(issueKey).orElseThrow();
        IncidentRef incident = incidents.findByKey(incidentKey).orElseThrow();
        if (mirror.find(issueKey).isEmpty()) {
            // The follow-up issue does not say which horizon its item had; short-term is the template's default row.
            mirror.put(new TrackedActionItem(issueKey, incident.id(), incident.key(), incident.projectKey(),
                    userKeyOfName.apply(issue.assignee()).orElse(null),
                    LocalDate.parse(issue.due()).atStartOfDay(ZoneOffset.UTC).toInstant(), issue.priority(),
                    ActionItemKind.SHORT_TERM, clock.instant(), null));
        }
    }

    @Override
    public void linkToPage(String issueKey, PageLink page) {
        issues.linkToPage(issueKey, page);
    }
}
