package io.hindsight.jira.project;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.workflow.IncidentWorkflowXml;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class ProjectEnablementTest {

    private static final String INCIDENT = "10100";
    private static final String WORKFLOW = IncidentWorkflowXml.WORKFLOW_NAME;

    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final IssueTypeSchemeManager issueTypeSchemes = mock(IssueTypeSchemeManager.class);
    private final WorkflowSchemeManager workflowSchemes = mock(WorkflowSchemeManager.class);
    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final ProjectEnablement enablement = new ProjectEnablement(projectManager, issueTypeSchemes,
            workflowSchemes, workflowManager, lockService, settings);

    private final Project ops = project(10000L, "OPS", "Operations");
    private final FieldConfigScheme opsTypeScheme = mock(FieldConfigScheme.class);
    /** What Jira holds: the issue types of OPS's issue type scheme and the mappings of its workflow scheme. */
    private final Set<String> opsTypeIds = new LinkedHashSet<>(List.of("1", "3"));
    private final Map<String, String> opsMappings = new HashMap<>();
    private final List<String> schemeUpdates = new ArrayList<>();

    @Before
    public void setupHasRun_andOpsHasSchemesOfItsOwn() {
        settings.rememberIssueTypeId(INCIDENT);
        when(workflowManager.getWorkflow(WORKFLOW)).thenReturn(mock(JiraWorkflow.class));
        when(lockService.getLockForName(ProjectEnablement.LOCK_NAME)).thenReturn(lock);
        when(projectManager.getProjectByCurrentKey("OPS")).thenReturn(ops);
        when(projectManager.getProjectObj(10000L)).thenReturn(ops);
        when(issueTypeSchemes.getConfigScheme(ops)).thenReturn(opsTypeScheme);
        when(issueTypeSchemes.getIssueTypesForProject(ops)).thenAnswer(call -> opsTypeIds.stream()
                .map(ProjectEnablementTest::issueType).toList());
        when(issueTypeSchemes.update(any(), any())).thenAnswer(call -> {
            opsTypeIds.clear();
            opsTypeIds.addAll(call.getArgument(1));
            schemeUpdates.add("issue types");
            return opsTypeScheme;
        });
        when(workflowSchemes.getWorkflowSchemeObj(ops)).thenAnswer(call -> workflowScheme(false));
        when(workflowSchemes.updateWorkflowScheme(any())).thenAnswer(call -> {
            schemeUpdates.add("workflows");
            return call.getArgument(0);
        });
    }

    @Test
    public void enable_addsTheIssueType_mapsItToTheWorkflow_andRemembersTheProject() {
        EnabledProject result = enablement.enable("OPS", true);

        assertEquals(Set.of("1", "3", INCIDENT), opsTypeIds);
        assertEquals(Map.of(INCIDENT, WORKFLOW), opsMappings);
        assertTrue(settings.isEnabled(10000L));
        assertTrue(settings.recordsComments(10000L));
        assertEquals("OPS", result.projectKey());
        assertTrue(result.enabled() && result.workflowMapped() && result.recordComments());
        assertEquals(result.changes().toString(), 3, result.changes().size());
        verify(lock).unlock();
    }

    @Test
    public void enable_twice_changesNothingInJiraTheSecondTime() {
        enablement.enable("OPS", false);
        schemeUpdates.clear();

        EnabledProject again = enablement.enable("OPS", false);

        assertEquals(List.of(), schemeUpdates);
        assertEquals(List.of(), again.changes());
    }

    @Test
    public void enable_again_canSwitchCommentRecordingOn() {
        enablement.enable("OPS", false);

        EnabledProject again = enablement.enable("OPS", true);

        assertTrue(settings.recordsComments(10000L));
        assertEquals(List.of("Comments on incidents are now recorded on their timelines."), again.changes());
    }

    @Test
    public void enable_leavesJirasDefaultIssueTypeScheme_whichHoldsEveryTypeAlready() {
        when(issueTypeSchemes.isDefaultIssueTypeScheme(opsTypeScheme)).thenReturn(true);

        enablement.enable("OPS", false);

        verify(issueTypeSchemes, never()).update(any(), any());
        assertEquals(Map.of(INCIDENT, WORKFLOW), opsMappings);
    }

    @Test
    public void enable_refusesAProjectOnJirasDefaultWorkflowScheme_andChangesNothing() {
        when(workflowSchemes.getWorkflowSchemeObj(ops)).thenAnswer(call -> workflowScheme(true));

        ConflictException refused = assertThrows(ConflictException.class, () -> enablement.enable("OPS", false));

        assertEquals("default_workflow_scheme", refused.code());
        assertTrue(refused.getMessage(), refused.getMessage().contains("Switch scheme"));
        assertEquals(List.of(), schemeUpdates);
        assertFalse(settings.isEnabled(10000L));
    }

    @Test
    public void enable_beforeSetupCreatedTheWorkflow_isAConflict() {
        when(workflowManager.getWorkflow(WORKFLOW)).thenReturn(null);

        assertEquals("setup_incomplete",
                assertThrows(ConflictException.class, () -> enablement.enable("OPS", false)).code());
        assertEquals(List.of(), schemeUpdates);
    }

    @Test
    public void enable_anUnknownProject_isNotFound() {
        assertThrows(NotFoundException.class, () -> enablement.enable("NOPE", false));
    }

    @Test
    public void disable_takesBackTheMappingAndTheIssueType_andForgetsTheProject_deletingNothing() {
        enablement.enable("OPS", true);

        EnabledProject result = enablement.disable("OPS");

        assertEquals(Set.of("1", "3"), opsTypeIds);
        assertEquals(Map.of(), opsMappings);
        assertFalse(settings.isEnabled(10000L));
        assertFalse(result.enabled());
        assertTrue(result.changes().get(2), result.changes().get(2).contains("keep every value"));
    }

    @Test
    public void disable_twice_changesNothingTheSecondTime() {
        enablement.enable("OPS", false);
        enablement.disable("OPS");
        schemeUpdates.clear();

        EnabledProject again = enablement.disable("OPS");

        assertEquals(List.of(), schemeUpdates);
        assertEquals(List.of(), again.changes());
    }

    @Test
    public void disable_leavesAMappingToAnotherWorkflowAlone() {
        opsMappings.put(INCIDENT, "Their own workflow");

        enablement.disable("OPS");

        assertEquals(Map.of(INCIDENT, "Their own workflow"), opsMappings);
    }

    @Test
    public void enabledProjects_listsTheProjectsHindsightIsOnFor_andWhetherTheMappingStillHolds() {
        enablement.enable("OPS", true);
        opsMappings.clear();

        List<EnabledProject> enabled = enablement.enabledProjects();

        assertEquals(1, enabled.size());
        assertEquals("OPS", enabled.get(0).projectKey());
        assertTrue(enabled.get(0).recordComments());
        assertFalse("an admin removed the mapping by hand", enabled.get(0).workflowMapped());
    }

    /** OPS's workflow scheme as Jira would hand it out: a snapshot whose builder writes back to opsMappings. */
    private AssignableWorkflowScheme workflowScheme(boolean isDefault) {
        AssignableWorkflowScheme scheme = mock(AssignableWorkflowScheme.class);
        when(scheme.isDefault()).thenReturn(isDefault);
        when(scheme.getName()).thenReturn(isDefault ? "Default Workflow Scheme" : "OPS workflow scheme");
        Map<String, String> snapshot = new HashMap<>(opsMappings);
        when(scheme.getConfiguredWorkflow(anyString())).thenAnswer(call -> snapshot.get(call.getArgument(0)));
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class);
        Map<String, String> edited = new HashMap<>(snapshot);
        when(builder.setMapping(anyString(), anyString())).thenAnswer(call -> {
            edited.put(call.getArgument(0), call.getArgument(1));
            return builder;
        });
        when(builder.removeMapping(anyString())).thenAnswer(call -> {
            edited.remove(call.getArgument(0));
            return builder;
        });
        when(builder.build()).thenAnswer(call -> {
            opsMappings.clear();
            opsMappings.putAll(edited);
            return scheme;
        });
        when(scheme.builder()).thenReturn(builder);
        return scheme;
    }

    private static Project project(long id, String key, String name) {
        Project project = mock(Project.class);
        when(project.getId()).thenReturn(id);
        when(project.getKey()).thenReturn(key);
        when(project.getName()).thenReturn(name);
        return project;
    }

    private static IssueType issueType(String id) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        return type;
    }
}
