package io.hindsight.jira.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.plugin.web.Condition;
import io.hindsight.jira.JiraIncidentDirectory;
import java.util.Map;

/** Shows a web fragment only on issues of the Incident type (the issue view puts the issue under "issue"). */
public class IncidentIssueCondition implements Condition {

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (!(context.get("issue") instanceof Issue issue)) {
            return false;
        }
        IssueType type = issue.getIssueType();
        return type != null && JiraIncidentDirectory.INCIDENT_ISSUE_TYPE.equals(type.getName());
    }
}
