package io.hindsight.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.IncidentDirectory;
import io.hindsight.incident.IncidentRef;
import java.util.Optional;

/** Incidents as Jira issues of the issue type "Incident". */
@JiraComponent
public class JiraIncidentDirectory implements IncidentDirectory {

    /** The issue type Hindsight sets up; other issues are not incidents, whatever their key. */
    public static final String INCIDENT_ISSUE_TYPE = "Incident";

    private final IssueManager issueManager;

    public JiraIncidentDirectory(@JiraImport IssueManager issueManager) {
        this.issueManager = issueManager;
    }

    @Override
    public Optional<IncidentRef> findByKey(String key) {
        MutableIssue issue = issueManager.getIssueObject(key);
        if (issue == null || !isIncident(issue.getIssueType())) {
            return Optional.empty();
        }
        return Optional.of(new IncidentRef(issue.getId(), issue.getKey(), issue.getProjectObject().getKey(),
                issue.getSummary()));
    }

    private static boolean isIncident(IssueType type) {
        return type != null && INCIDENT_ISSUE_TYPE.equals(type.getName());
    }
}
