package io.hindsight.jira.incident;

import com.atlassian.jira.bc.issue.IssueService;
import com.atlassian.jira.issue.IssueInputParameters;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.ErrorCollection;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.incident.IncidentCreator;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.NewIncident;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.IncidentField;
import io.hindsight.jira.IncidentFieldValues;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates an incident as a Jira issue of type Incident through Jira's IssueService, so that Jira's own rules apply
 * (permissions, required fields, events): the summary, the severity option and the commander.
 */
@JiraComponent
public class JiraIncidentCreator implements IncidentCreator {

    private final IssueService issueService;
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final UserManager userManager;
    private final HindsightJiraSettings settings;
    private final IncidentFieldValues fieldValues;
    private final SeverityOptions severityOptions;
    private final OwnIssueChanges ownChanges;

    public JiraIncidentCreator(@JiraImport IssueService issueService, @JiraImport ProjectManager projectManager,
            @JiraImport PermissionManager permissionManager, @JiraImport("jiraUserManager") UserManager userManager,
            HindsightJiraSettings settings, IncidentFieldValues fieldValues, SeverityOptions severityOptions,
            OwnIssueChanges ownChanges) {
        this.issueService = issueService;
        this.projectManager = projectManager;
        this.permissionManager = permissionManager;
        this.userManager = userManager;
        this.settings = settings;
        this.fieldValues = fieldValues;
        this.severityOptions = severityOptions;
        this.ownChanges = ownChanges;
    }

    @Override
    public IncidentRef create(String creatorKey, NewIncident incident) {
        ApplicationUser creator = userManager.getUserByKey(creatorKey);
        Project project = projectManager.getProjectByCurrentKey(incident.projectKey());
        if (project == null || creator == null
                || !permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, creator)) {
            throw new NotFoundException("No project " + incident.projectKey() + " exists, or you may not see it.");
        }
        if (!permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, project, creator)) {
            throw new ForbiddenException("You may not create incidents in " + project.getKey() + ".");
        }
        IssueInputParameters input = issueService.newIssueInputParameters()
                .setProjectId(project.getId())
                .setIssueTypeId(settings.issueTypeId().orElseThrow(() -> new IllegalStateException(
                        "Hindsight's Incident issue type is not set up yet")))
                .setSummary(incident.summary())
                .setReporterId(creator.getUsername());
        SeverityOptions.Input severity = severityOptions.inputFor(incident.severity());
        input.addCustomFieldValue(severity.fieldId(), severity.optionId());
        fieldValues.field(IncidentField.COMMANDER).ifPresent(field -> {
            ApplicationUser commander = userManager.getUserByKey(incident.commanderKey());
            if (commander != null) {
                input.addCustomFieldValue(field.getId(), commander.getUsername());
            }
        });
        IssueService.CreateValidationResult validation = issueService.validateCreate(creator, input);
        if (!validation.isValid()) {
            throw refused(validation.getErrorCollection());
        }
        IssueService.IssueResult created = ownChanges.run(() -> issueService.create(creator, validation));
        if (!created.isValid()) {
            throw refused(created.getErrorCollection());
        }
        MutableIssue issue = created.getIssue();
        return new IncidentRef(issue.getId(), issue.getKey(), project.getKey(), issue.getSummary());
    }

    /** Jira's reasons, field errors first, as one 400. */
    static InvalidInputException refused(ErrorCollection errors) {
        List<String> reasons = new ArrayList<>();
        if (errors != null) {
            errors.getErrors().forEach((field, message) -> reasons.add(field + ": " + message));
            reasons.addAll(errors.getErrorMessages());
        }
        return new InvalidInputException(null, "Jira refused the incident: "
                + (reasons.isEmpty() ? "no reason given" : String.join("; ", reasons)));
    }
}
