package io.hindsight.jira.actionitem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.config.PriorityManager;
import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.link.IssueLinkTypeManager;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.DateFieldFormat;
import com.atlassian.jira.util.ErrorCollection;
import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.platform.InvalidInputException;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class JiraActionItemTrackerTest {

    private final IssueService issueService = mock(IssueService.class);
    private final IssueManager issueManager = mock(IssueManager.class);
    private final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    private final IssueLinkTypeManager linkTypes = mock(IssueLinkTypeManager.class);
    private final ProjectManager projects = mock(ProjectManager.class);
    private final IssueTypeManager issueTypes = mock(IssueTypeManager.class);
    private final PriorityManager priorities = mock(PriorityManager.class);
    private final PermissionManager permissions = mock(PermissionManager.class);
    private final UserManager users = mock(UserManager.class);
    private final DateFieldFormat dateFormat = mock(DateFieldFormat.class);
    private final IssueInputParameters input = mock(IssueInputParameters.class, RETURNS_SELF);
    private final ApplicationUser sam = user("u-sam", "sam");
    private final ApplicationUser vic = user("u-vic", "vic");
    private final Project act = mock(Project.class);
    private final JiraActionItemTracker tracker = new JiraActionItemTracker(issueService, issueManager, linkManager,
            linkTypes, projects, issueTypes, priorities, permissions, users, dateFormat, () -> Optional.of("u-sam"));
    private final NewFollowUp followUp = new NewFollowUp("ACT", "Task", "Alert on pool saturation", "From OPS-2",
            "vic", LocalDate.of(2026, 12, 4), "High", List.of("postmortem"));

    @Before
    public void jiraHasTheProjectTheTypeAndPriorities() {
        when(users.getUserByKey("u-sam")).thenReturn(sam);
        when(users.getUserByKey("u-vic")).thenReturn(vic);
        when(act.getId()).thenReturn(10_200L);
        when(projects.getProjectByCurrentKey("ACT")).thenReturn(act);
        IssueType task = mock(IssueType.class);
        when(task.getId()).thenReturn("3");
        when(task.getName()).thenReturn("Task");
        when(issueTypes.getIssueTypes()).thenReturn(List.of(task));
        Priority high = mock(Priority.class);
        when(high.getId()).thenReturn("2");
        when(high.getName()).thenReturn("High");
        when(priorities.getPriorities()).thenReturn(List.of(high));
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, act, sam)).thenReturn(true);
        when(issueService.newIssueInputParameters()).thenReturn(input);
        when(dateFormat.formatDatePicker(any(Date.class))).thenReturn("4/Dec/26");
    }

    @Test
    public void assignableName_isTheUserNameOfSomeoneWithAssignableUserInTheProject() {
        when(permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, act, vic)).thenReturn(true);

        assertEquals(Optional.of("vic"), tracker.assignableName("ACT", "u-vic"));
        assertEquals(Optional.empty(), tracker.assignableName("ACT", "u-sam"));
        assertEquals(Optional.empty(), tracker.assignableName("ACT", "u-nobody"));
        assertEquals(Optional.empty(), tracker.assignableName("NOPE", "u-vic"));
    }

    @Test
    public void create_validatesAndCreatesThroughIssueService_asTheCurrentUser() {
        IssueService.CreateValidationResult valid = valid(mock(IssueService.CreateValidationResult.class));
        when(issueService.validateCreate(sam, input)).thenReturn(valid);
        IssueService.IssueResult result = valid(mock(IssueService.IssueResult.class));
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getKey()).thenReturn("ACT-7");
        when(result.getIssue()).thenReturn(issue);
        when(issueService.create(sam, valid)).thenReturn(result);

        assertEquals("ACT-7", tracker.create(followUp));

        verify(input).setProjectId(10_200L);
        verify(input).setIssueTypeId("3");
        verify(input).setAssigneeId("vic");
        verify(input).setReporterId("sam");
        verify(input).setDueDate("4/Dec/26");
        verify(input).setPriorityId("2");
    }

    @Test
    public void jiraRefusingTheAssignee_isA400OnOwner() {
        IssueService.CreateValidationResult invalid = mock(IssueService.CreateValidationResult.class);
        ErrorCollection errors = mock(ErrorCollection.class);
        when(errors.getErrors()).thenReturn(Map.of("assignee", "User 'vic' cannot be assigned issues."));
        when(invalid.getErrorCollection()).thenReturn(errors);
        when(issueService.validateCreate(sam, input)).thenReturn(invalid);

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> tracker.create(followUp));

        assertEquals("owner", refused.field());
        verify(issueService, never()).create(any(), any());
    }

    @Test
    public void noCreateIssuesPermission_isForbidden_andAMissingProjectIsNotFound() {
        when(permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, act, sam)).thenReturn(false);
        assertEquals(FollowUpFailure.Kind.FORBIDDEN,
                assertThrows(FollowUpFailure.class, () -> tracker.create(followUp)).kind());

        when(projects.getProjectByCurrentKey("ACT")).thenReturn(null);
        assertEquals(FollowUpFailure.Kind.NOT_FOUND,
                assertThrows(FollowUpFailure.class, () -> tracker.create(followUp)).kind());
        verify(issueService, never()).validateCreate(any(), any());
    }

    @Test
    public void linkToIncident_linksFromTheActionItemToTheIncident_withTheNamedType() throws CreateException {
        issue("ACT-7", 501L);
        issue("OPS-2", 401L);
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(10_000L);
        when(linkTypes.getIssueLinkTypesByName("Action item")).thenReturn(List.of(type));

        tracker.linkToIncident("ACT-7", "OPS-2", "Action item");

        verify(linkManager).createIssueLink(eq(501L), eq(401L), eq(10_000L), isNull(), eq(sam));
    }

    @Test
    public void linkToIncident_withoutTheLinkType_orWhenJiraFails_saysWhy() throws CreateException {
        issue("ACT-7", 501L);
        issue("OPS-2", 401L);
        when(linkTypes.getIssueLinkTypesByName("Action item")).thenReturn(List.of());
        FollowUpFailure missing = assertThrows(FollowUpFailure.class,
                () -> tracker.linkToIncident("ACT-7", "OPS-2", "Action item"));
        assertTrue(missing.reason(), missing.reason().contains("setup"));

        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getId()).thenReturn(10_000L);
        when(linkTypes.getIssueLinkTypesByName("Action item")).thenReturn(List.of(type));
        doThrow(new CreateException("database down")).when(linkManager)
                .createIssueLink(any(), any(), any(), any(), any());
        assertEquals(FollowUpFailure.Kind.UNAVAILABLE, assertThrows(FollowUpFailure.class,
                () -> tracker.linkToIncident("ACT-7", "OPS-2", "Action item")).kind());
    }

    private void issue(String key, long id) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issueManager.getIssueObject(key)).thenReturn(issue);
    }

    private static <T extends com.atlassian.jira.bc.ServiceResultImpl> T valid(T result) {
        when(result.isValid()).thenReturn(true);
        return result;
    }

    private static ApplicationUser user(String key, String name) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getUsername()).thenReturn(name);
        return user;
    }
}
