package io.hindsight.jira.actionitem;

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
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.actionitem.ActionItemTracker;
import io.hindsight.actionitem.FollowUpFailure;
import io.hindsight.actionitem.NewFollowUp;
import io.hindsight.jira.JiraPermissions;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ActionItemTracker} in Jira itself, as the current user: the issue is created through {@link IssueService}
 * (so Jira's own validation, screens and events apply), and linked with {@link IssueLinkManager}.
 *
 * <p>Labels are not set: the stand-in declares no confirmed labels setter on {@code IssueInputParameters}; the
 * action item's type is kept in Hindsight's mirror instead.
 */
@JiraComponent
public class JiraActionItemTracker implements ActionItemTracker {

    private final IssueService issueService;
    private final IssueManager issueManager;
    private final IssueLinkManager linkManager;
    private final IssueLinkTypeManager linkTypes;
    private final ProjectManager projects;
    private final IssueTypeManager issueTypes;
    private final PriorityManager priorities;
    private final PermissionManager permissions;
    private final UserManager users;
    private final DateFieldFormat dateFormat;
    private final CurrentUser currentUser;

    public JiraActionItemTracker(@JiraImport IssueService issueService, @JiraImport IssueManager issueManager,
            @JiraImport IssueLinkManager linkManager, @JiraImport IssueLinkTypeManager linkTypes,
            @JiraImport ProjectManager projects, @JiraImport IssueTypeManager issueTypes,
            @JiraImport PriorityManager priorities, @JiraImport PermissionManager permissions,
            @JiraImport(JiraPermissions.JIRA_USER_MANAGER) UserManager users,
            @JiraImport DateFieldFormat dateFormat, CurrentUser currentUser) {
        this.issueService = issueService;
        this.issueManager = issueManager;
        this.linkManager = linkManager;
        this.linkTypes = linkTypes;
        this.projects = projects;
        this.issueTypes = issueTypes;
        this.priorities = priorities;
        this.permissions = permissions;
        this.users = users;
        this.dateFormat = dateFormat;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> assignableName(String projectKey, String ownerKey) {
        ApplicationUser owner = users.getUserByKey(ownerKey);
        Project project = projects.getProjectByCurrentKey(projectKey);
        if (owner == null || project == null
                || !permissions.hasPermission(ProjectPermissions.ASSIGNABLE_USER, project, owner)) {
            return Optional.empty();
        }
        return Optional.of(owner.getUsername());
    }

    @Override
    public String create(NewFollowUp followUp) {
        ApplicationUser actor = actor();
        Project project = projects.getProjectByCurrentKey(followUp.projectKey());
        if (project == null) {
            throw new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "The action-item project "
                    + followUp.projectKey() + " does not exist; an administrator sets another one.");
        }
        if (!permissions.hasPermission(ProjectPermissions.CREATE_ISSUES, project, actor)) {
            throw new FollowUpFailure(FollowUpFailure.Kind.FORBIDDEN, "Jira does not let you create issues in "
                    + followUp.projectKey() + ".");
        }
        IssueType type = issueTypes.getIssueTypes().stream()
                .filter(candidate -> followUp.issueTypeName().equals(candidate.getName())).findFirst()
                .orElseThrow(() -> new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "Jira has no issue type "
                        + followUp.issueTypeName() + "."));
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(type.getId())
                .setSummary(followUp.summary())
                .setDescription(followUp.description())
                .setReporterId(actor.getUsername())
                .setAssigneeId(followUp.assigneeName())
                // Noon, not midnight: the date picker reads the day in Jira's time zone, which may differ from ours.
                .setDueDate(dateFormat.formatDatePicker(Date.from(followUp.due().atTime(12, 0)
                        .atZone(ZoneId.systemDefault()).toInstant())));
        priorityId(followUp.priorityName()).ifPresent(input::setPriorityId);
        IssueService.CreateValidationResult validation = issueService.validateCreate(actor, input);
        if (!validation.isValid()) {
            throw refusal(validation.getErrorCollection());
        }
        IssueService.IssueResult created = issueService.create(actor, validation);
        if (!created.isValid() || created.getIssue() == null) {
            throw refusal(created.getErrorCollection());
        }
        return created.getIssue().getKey();
    }

    @Override
    public void linkToIncident(String issueKey, String incidentKey, String linkTypeName) {
        MutableIssue item = issueManager.getIssueObject(issueKey);
        MutableIssue incident = issueManager.getIssueObject(incidentKey);
        if (item == null || incident == null) {
            throw new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "No issue " + (item == null ? issueKey
                    : incidentKey) + ".");
        }
        Collection<IssueLinkType> types = linkTypes.getIssueLinkTypesByName(linkTypeName);
        IssueLinkType type = types == null ? null : types.stream().findFirst().orElse(null);
        if (type == null) {
            throw new FollowUpFailure(FollowUpFailure.Kind.NOT_FOUND, "Jira has no link type \"" + linkTypeName
                    + "\"; Hindsight's setup creates it (see the admin health check).");
        }
        try {
            // The action item is the source: its side of the link reads "is an action item of" the incident.
            linkManager.createIssueLink(item.getId(), incident.getId(), type.getId(), null, actor());
        } catch (CreateException failed) {
            throw new FollowUpFailure(FollowUpFailure.Kind.UNAVAILABLE, "Jira did not link them: "
                    + failed.getMessage(), null, failed);
        }
    }

    private ApplicationUser actor() {
        ApplicationUser user = currentUser.userKey().map(users::getUserByKey).orElse(null);
        if (user == null) {
            throw new FollowUpFailure(FollowUpFailure.Kind.FORBIDDEN, "Sign in to add action items.");
        }
        return user;
    }

    /** A priority Jira does not have is left unset, so Jira applies the project's default priority. */
    private Optional<String> priorityId(String name) {
        return priorities.getPriorities().stream().filter(priority -> priority.getName().equalsIgnoreCase(name))
                .map(Priority::getId).findFirst();
    }

    /** Jira's validation errors, keyed by field: the assignee and the due date are the caller's to fix. */
    private static RuntimeException refusal(ErrorCollection errors) {
        Map<String, String> byField = errors == null ? Map.of() : errors.getErrors();
        if (byField.containsKey("assignee")) {
            return new InvalidInputException("owner", byField.get("assignee"));
        }
        if (byField.containsKey("duedate")) {
            return new InvalidInputException("due", byField.get("duedate"));
        }
        StringBuilder reason = new StringBuilder("Jira refused the issue:");
        byField.forEach((field, message) -> reason.append(' ').append(field).append(": ").append(message));
        if (errors != null) {
            errors.getErrorMessages().forEach(message -> reason.append(' ').append(message));
        }
        return new FollowUpFailure(FollowUpFailure.Kind.REJECTED, reason.toString());
    }
}
