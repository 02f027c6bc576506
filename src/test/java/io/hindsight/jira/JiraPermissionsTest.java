package io.hindsight.jira;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.hindsight.incident.IncidentRef;
import org.junit.Before;
import org.junit.Test;

public class JiraPermissionsTest {

    private static final IncidentRef INCIDENT = new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502");

    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraPermissions permissions = new JiraPermissions(permissionManager, issueManager, userManager);

    private final MutableIssue issue = mock(MutableIssue.class);
    private final ApplicationUser responder = mock(ApplicationUser.class);

    @Before
    public void jiraKnowsTheIssueAndTheResponder() {
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);
        when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(responder);
    }

    @Test
    public void canView_isBrowseProjectsOnTheIssueItself() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, responder)).thenReturn(true);

        assertTrue(permissions.canView("JIRAUSER10100", INCIDENT));
        assertFalse(permissions.canEdit("JIRAUSER10100", INCIDENT));
    }

    @Test
    public void canEdit_isEditIssuesOnTheIssueItself() {
        when(permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, issue, responder)).thenReturn(true);

        assertTrue(permissions.canEdit("JIRAUSER10100", INCIDENT));
        assertFalse(permissions.canView("JIRAUSER10100", INCIDENT));
    }

    @Test
    public void anAnonymousCallerIsAskedAboutAsTheNullUser() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, null)).thenReturn(true);

        assertTrue(permissions.canView(null, INCIDENT));
        assertFalse(permissions.canEdit(null, INCIDENT));
    }

    @Test
    public void aUserKeyJiraNoLongerKnowsGetsNothing_notEvenAnonymousRights() {
        when(permissionManager.hasPermission(any(), any(Issue.class), any())).thenReturn(true);

        assertFalse(permissions.canView("JIRAUSER99999", INCIDENT));
        assertFalse(permissions.canEdit("JIRAUSER99999", INCIDENT));
    }

    @Test
    public void anIssueThatVanishedGrantsNothing() {
        when(issueManager.getIssueObject("OPS-7")).thenReturn(null);
        when(permissionManager.hasPermission(any(), any(Issue.class), any())).thenReturn(true);

        assertFalse(permissions.canView("JIRAUSER10100", INCIDENT));
        assertFalse(permissions.canEdit("JIRAUSER10100", INCIDENT));
    }
}
