package io.hindsight.jira.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.NewIncident;
import io.hindsight.incident.Severity;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.NotFoundException;
import java.util.Optional;
import org.junit.Test;
import org.mockito.Answers;

public class JiraIncidentCreatorTest {

    private static final NewIncident OUTAGE = new NewIncident("OPS", "Checkout returns 502", Severity.SEV_1, "u-bob");

    private final IssueService issueService = mock(IssueService.class);
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserManager userManager = mock(UserManager.class);
    private final HindsightJiraSettings settings = mock(HindsightJiraSettings.class);
    private final IncidentFieldValues fieldValues = mock(IncidentFieldValues.class);
    private final SeverityOptions severityOptions = mock(SeverityOptions.class);
    private final JiraIncidentCreator creator = new JiraIncidentCreator(issueService, projectManager,
            permissionManager, userManager, settings, fieldValues, severityOptions, new OwnIssueChanges());
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final Project ops = mock(Project.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, Answers.RETURNS_SELF);

    {
        when(userManager.getUserByKey("u-alice")).thenReturn(alice);
        when(alice.getUsername()).thenReturn("alice");
        when(projectManager.getProjectByCurrentKey("OPS")).thenReturn(ops);
        when(ops.getId()).thenReturn(10_000L);
        when(ops.getKey()).thenReturn("OPS");
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(true);
        when(settings.issueTypeId()).thenReturn(Optional.of("10100"));
        when(severityOptions.inputFor(Severity.SEV_1)).thenReturn(new SeverityOptions.Input("customfield_10200",
                "10301"));
        when(fieldValues.field(any())).thenReturn(Optional.empty());
        when(issueService.newIssueInputParameters()).thenReturn(input);
    }

    @Test
    public void create_createsAnIncidentIssueWithItsSeverityThroughIssueService() {
        when(permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, ops, alice)).thenReturn(true);
        IssueService.CreateValidationResult valid = mock(IssueService.CreateValidationResult.class);
        when(valid.isValid()).thenReturn(true);
        when(issueService.validateCreate(alice, input)).thenReturn(valid);
        IssueService.IssueResult created = mock(IssueService.IssueResult.class);
        when(created.isValid()).thenReturn(true);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(10_007L);
        when(issue.getKey()).thenReturn("OPS-7");
        when(issue.getSummary()).thenReturn("Checkout returns 502");
        when(created.getIssue()).thenReturn(issue);
        when(issueService.create(alice, valid)).thenReturn(created);

        IncidentRef ref = creator.create("u-alice", OUTAGE);

        assertEquals(new IncidentRef(10_007L, "OPS-7", "OPS", "Checkout returns 502"), ref);
        verify(input).setIssueTypeId("10100");
        verify(input).addCustomFieldValue("customfield_10200", "10301");
    }

    @Test
    public void create_isForbiddenWhereTheUserMaySeeButNotCreate() {
        assertThrows(ForbiddenException.class, () -> creator.create("u-alice", OUTAGE));
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void create_saysNotFoundForAProjectTheUserMayNotSee() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, ops, alice)).thenReturn(false);

        assertThrows(NotFoundException.class, () -> creator.create("u-alice", OUTAGE));
    }
}
