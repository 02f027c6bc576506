package io.hindsight.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Permissions;

/**
 * Incident permissions as Jira decides them on the issue: Browse Projects to view, Edit Issues to change, both
 * subject to the issue's security level.
 */
@JiraComponent
public class JiraPermissions implements Permissions {

    /**
     * Bean name of Jira's UserManager import. Spring Scanner names an unnamed import after its simple class name, and
     * SAL's UserManager, imported for {@code SalCurrentUser}, would take the same name.
     */
    public static final String JIRA_USER_MANAGER = "jiraUserManager";

    private final PermissionManager permissionManager;
    private final IssueManager issueManager;
    private final UserManager userManager;

    public JiraPermissions(@JiraImport PermissionManager permissionManager, @JiraImport IssueManager issueManager,
            @JiraImport(JIRA_USER_MANAGER) UserManager userManager) {
        this.permissionManager = permissionManager;
        this.issueManager = issueManager;
        this.userManager = userManager;
    }

    @Override
    public boolean canView(String userKey, IncidentRef incident) {
        return holds(ProjectPermissions.BROWSE_PROJECTS, userKey, incident);
    }

    @Override
    public boolean canEdit(String userKey, IncidentRef incident) {
        return holds(ProjectPermissions.EDIT_ISSUES, userKey, incident);
    }

    private boolean holds(ProjectPermissionKey permission, String userKey, IncidentRef incident) {
        // The check is asked of the issue, not of its project: only then does Jira apply issue security levels.
        MutableIssue issue = issueManager.getIssueObject(incident.key());
        if (issue == null) {
            return false;
        }
        if (userKey == null) {
            return permissionManager.hasPermission(permission, issue, null);
        }
        // SAL's user key is Jira's user key; a key that no longer resolves must not fall back to anonymous rights.
        ApplicationUser user = userManager.getUserByKey(userKey);
        return user != null && permissionManager.hasPermission(permission, issue, user);
    }
}
