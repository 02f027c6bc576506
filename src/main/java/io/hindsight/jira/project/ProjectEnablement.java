package io.hindsight.jira.project;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.workflow.IncidentWorkflowXml;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns Hindsight on or off for a Jira project. On: the Incident issue type joins the project's issue type scheme and
 * the project's workflow scheme maps it to Hindsight's workflow (fields follow the issue type: their context is
 * global for it). Off: both are taken back and Hindsight stops recording the project's incidents; no issue and no
 * field value is deleted, and turning it on again gives existing incidents their workflow back.
 *
 * <p>Schemes are shared objects in Jira: a change to a project's scheme applies to every project that uses it, which
 * each result says. A project on Jira's default workflow scheme is refused rather than moved to a new scheme, since
 * creating schemes through the Java API could not be confirmed.
 */
@JiraComponent
public class ProjectEnablement {

    static final String LOCK_NAME = "io.hindsight.jira.projects";

    private final ProjectManager projectManager;
    private final IssueTypeSchemeManager issueTypeSchemes;
    private final WorkflowSchemeManager workflowSchemes;
    private final WorkflowManager workflowManager;
    private final ClusterLockService lockService;
    private final HindsightJiraSettings settings;

    public ProjectEnablement(@JiraImport ProjectManager projectManager,
            @JiraImport IssueTypeSchemeManager issueTypeSchemes, @JiraImport WorkflowSchemeManager workflowSchemes,
            @JiraImport WorkflowManager workflowManager, @JiraImport ClusterLockService lockService,
            HindsightJiraSettings settings) {
        this.projectManager = projectManager;
        this.issueTypeSchemes = issueTypeSchemes;
        this.workflowSchemes = workflowSchemes;
        this.workflowManager = workflowManager;
        this.lockService = lockService;
        this.settings = settings;
    }

    /**
     * Turns Hindsight on for the project; calling it again changes nothing but the comment setting.
     *
     * @throws NotFoundException when there is no such project (404)
     * @throws ConflictException when setup has not created the issue type or the workflow, or the project uses
     *                           Jira's default workflow scheme (409)
     */
    public EnabledProject enable(String projectKey, boolean recordComments) {
        Project project = project(projectKey);
        String incidentTypeId = incidentTypeId();
        if (workflowManager.getWorkflow(IncidentWorkflowXml.WORKFLOW_NAME) == null) {
            throw new ConflictException("setup_incomplete", "The workflow '" + IncidentWorkflowXml.WORKFLOW_NAME
                    + "' does not exist. Run Hindsight's setup again (POST /rest/hindsight/1.0/admin/setup).");
        }
        AssignableWorkflowScheme workflowScheme = workflowSchemes.getWorkflowSchemeObj(project);
        if (workflowScheme.isDefault()) {
            throw new ConflictException("default_workflow_scheme", "Project " + project.getKey() + " uses Jira's "
                    + "default workflow scheme, which Hindsight does not change. Give the project a workflow scheme "
                    + "of its own (Project settings, Workflows, Switch scheme), then turn Hindsight on again.");
        }
        List<String> changes = new ArrayList<>();
        addIssueType(project, incidentTypeId, changes);
        if (!IncidentWorkflowXml.WORKFLOW_NAME.equals(workflowScheme.getConfiguredWorkflow(incidentTypeId))) {
            workflowSchemes.updateWorkflowScheme(workflowScheme.builder()
                    .setMapping(incidentTypeId, IncidentWorkflowXml.WORKFLOW_NAME).build());
            changes.add("The workflow scheme '" + workflowScheme.getName() + "' now gives the Incident issue type the "
                    + "workflow '" + IncidentWorkflowXml.WORKFLOW_NAME + "', in every project that uses the scheme.");
        }
        Boolean recordedCommentsBefore = updateEnabledProjects(projects -> projects.put(project.getId(),
                recordComments));
        if (recordedCommentsBefore == null) {
            changes.add("Hindsight records this project's incidents on their timelines"
                    + (recordComments ? ", comments included." : "; comments are left out."));
        } else if (recordedCommentsBefore != recordComments) {
            changes.add(recordComments ? "Comments on incidents are now recorded on their timelines."
                    : "Comments on incidents are no longer recorded on their timelines.");
        }
        return new EnabledProject(project.getKey(), project.getName(), true, recordComments, true, changes);
    }

    /**
     * Turns Hindsight off for the project; calling it again changes nothing.
     *
     * @throws NotFoundException when there is no such project (404)
     */
    public EnabledProject disable(String projectKey) {
        Project project = project(projectKey);
        List<String> changes = new ArrayList<>();
        settings.issueTypeId().ifPresent(incidentTypeId -> {
            AssignableWorkflowScheme workflowScheme = workflowSchemes.getWorkflowSchemeObj(project);
            if (IncidentWorkflowXml.WORKFLOW_NAME.equals(workflowScheme.getConfiguredWorkflow(incidentTypeId))) {
                workflowSchemes.updateWorkflowScheme(workflowScheme.builder().removeMapping(incidentTypeId).build());
                changes.add("The workflow scheme '" + workflowScheme.getName() + "' no longer maps the Incident issue "
                        + "type, in every project that uses the scheme.");
            }
            removeIssueType(project, incidentTypeId, changes);
        });
        Boolean wasEnabled = updateEnabledProjects(projects -> projects.remove(project.getId()));
        if (wasEnabled != null) {
            changes.add("Hindsight no longer records this project's incidents. Existing incidents keep every value "
                    + "and their status; turning Hindsight on again gives them their workflow back.");
        }
        return new EnabledProject(project.getKey(), project.getName(), false, false, false, changes);
    }

    /** Every project Hindsight is on for, in the order they were turned on; deleted projects are left out. */
    public List<EnabledProject> enabledProjects() {
        List<EnabledProject> enabled = new ArrayList<>();
        String incidentTypeId = settings.issueTypeId().orElse(null);
        settings.enabledProjects().forEach((projectId, recordComments) -> {
            Project project = projectManager.getProjectObj(projectId);
            if (project != null) {
                boolean mapped = incidentTypeId != null && IncidentWorkflowXml.WORKFLOW_NAME.equals(
                        workflowSchemes.getWorkflowSchemeObj(project).getConfiguredWorkflow(incidentTypeId));
                enabled.add(new EnabledProject(project.getKey(), project.getName(), true, recordComments, mapped,
                        List.of()));
            }
        });
        return enabled;
    }

    private void addIssueType(Project project, String incidentTypeId, List<String> changes) {
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        // Jira's default issue type scheme holds every issue type already, and must keep holding them all.
        if (issueTypeSchemes.isDefaultIssueTypeScheme(scheme)) {
            return;
        }
        Set<String> typeIds = issueTypeIds(project);
        if (typeIds.add(incidentTypeId)) {
            issueTypeSchemes.update(scheme, typeIds);
            changes.add("The Incident issue type was added to the project's issue type scheme, in every project that "
                    + "uses the scheme.");
        }
    }

    private void removeIssueType(Project project, String incidentTypeId, List<String> changes) {
        FieldConfigScheme scheme = issueTypeSchemes.getConfigScheme(project);
        if (issueTypeSchemes.isDefaultIssueTypeScheme(scheme)) {
            return;
        }
        Set<String> typeIds = issueTypeIds(project);
        if (typeIds.remove(incidentTypeId)) {
            issueTypeSchemes.update(scheme, typeIds);
            changes.add("The Incident issue type was taken out of the project's issue type scheme, in every project "
                    + "that uses the scheme.");
        }
    }

    private Set<String> issueTypeIds(Project project) {
        Set<String> ids = new LinkedHashSet<>();
        for (IssueType type : issueTypeSchemes.getIssueTypesForProject(project)) {
            ids.add(type.getId());
        }
        return ids;
    }

    /** Read-modify-write of the project list under a cluster lock, so two admins on two nodes lose nothing. */
    private <T> T updateEnabledProjects(Function<Map<Long, Boolean>, T> change) {
        return locked(() -> {
            Map<Long, Boolean> before = settings.enabledProjects();
            Map<Long, Boolean> projects = new LinkedHashMap<>(before);
            T result = change.apply(projects);
            if (!projects.equals(before)) {
                settings.storeEnabledProjects(projects);
            }
            return result;
        });
    }

    private <T> T locked(Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private Project project(String projectKey) {
        Project project = projectKey == null ? null : projectManager.getProjectByCurrentKey(projectKey);
        if (project == null) {
            throw new NotFoundException("No project " + Objects.toString(projectKey, "") + " exists.");
        }
        return project;
    }

    private String incidentTypeId() {
        return settings.issueTypeId().orElseThrow(() -> new ConflictException("setup_incomplete", "Hindsight's "
                + "Incident issue type does not exist yet. Run Hindsight's setup again "
                + "(POST /rest/hindsight/1.0/admin/setup)."));
    }
}
