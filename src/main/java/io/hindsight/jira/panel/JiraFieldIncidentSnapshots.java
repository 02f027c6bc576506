package io.hindsight.jira.panel;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.incident.IncidentRef;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.jira.IncidentSnapshot;
import io.hindsight.jira.IncidentSnapshots;
import java.util.ArrayList;
import java.util.List;

/**
 * Incident snapshots read from the issue's fields alone: declared (created) and impact started as key instants, and
 * no deadlines, since computing them is the incident domain's job. Not a component: {@code StateIncidentSnapshots}
 * falls back on it for Incident issues Hindsight does not track (created before the project was enabled).
 */
public class JiraFieldIncidentSnapshots implements IncidentSnapshots {

    static final String DECLARED = "hindsight.incident.instant.declared";
    static final String IMPACT_STARTED = "hindsight.incident.instant.impactStarted";

    private final IssueManager issueManager;
    private final IncidentFieldValues fieldValues;

    public JiraFieldIncidentSnapshots(IssueManager issueManager, IncidentFieldValues fieldValues) {
        this.issueManager = issueManager;
        this.fieldValues = fieldValues;
    }

    @Override
    public IncidentSnapshot snapshot(IncidentRef incident) {
        MutableIssue issue = issueManager.getIssueObject(incident.key());
        if (issue == null) {
            return new IncidentSnapshot(null, null, null, List.of(), List.of());
        }
        List<IncidentSnapshot.Moment> instants = new ArrayList<>();
        fieldValues.impactStarted(issue).ifPresent(at -> instants.add(new IncidentSnapshot.Moment(IMPACT_STARTED, at)));
        if (issue.getCreated() != null) {
            instants.add(new IncidentSnapshot.Moment(DECLARED, issue.getCreated().toInstant()));
        }
        return new IncidentSnapshot(fieldValues.severity(issue).orElse(null),
                fieldValues.commander(issue).map(ApplicationUser::getDisplayName).orElse(null),
                fieldValues.personalDataBreach(issue).orElse(null), instants, List.of());
    }
}
