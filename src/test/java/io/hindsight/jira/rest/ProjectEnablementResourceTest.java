package io.hindsight.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.fields.config.manager.IssueTypeSchemeManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.workflow.AssignableWorkflowScheme;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.atlassian.jira.workflow.WorkflowSchemeManager;
import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.project.ProjectEnablement;
import io.hindsight.jira.workflow.IncidentWorkflowXml;
import io.hindsight.rest.HeaderCurrentUser;
import io.hindsight.rest.RestTestClient;
import io.hindsight.rest.RestTestServer;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/** {@link ProjectEnablementResource} over real HTTP: JSON in and out, and the service's errors as 404 and 409. */
public class ProjectEnablementResourceTest {

    private static final ProjectManager PROJECTS = mock(ProjectManager.class);
    private static final WorkflowSchemeManager WORKFLOW_SCHEMES = mock(WorkflowSchemeManager.class);
    private static final InMemoryPluginSettings STORED = new InMemoryPluginSettings();
    private static RestTestServer server;
    private static RestTestClient admin;

    @BeforeClass
    public static void startServer() throws Exception {
        HindsightJiraSettings settings = STORED.hindsightSettings();
        settings.rememberIssueTypeId("10100");
        WorkflowManager workflows = mock(WorkflowManager.class);
        when(workflows.getWorkflow(IncidentWorkflowXml.WORKFLOW_NAME)).thenReturn(mock(JiraWorkflow.class));
        ClusterLockService locks = mock(ClusterLockService.class);
        when(locks.getLockForName(anyString())).thenReturn(mock(ClusterLock.class));
        IssueTypeSchemeManager issueTypeSchemes = mock(IssueTypeSchemeManager.class);
        when(issueTypeSchemes.isDefaultIssueTypeScheme(any())).thenReturn(true);
        Project ops = mock(Project.class);
        when(ops.getId()).thenReturn(10000L);
        when(ops.getKey()).thenReturn("OPS");
        when(ops.getName()).thenReturn("Operations");
        when(PROJECTS.getProjectByCurrentKey("OPS")).thenReturn(ops);
        when(PROJECTS.getProjectObj(10000L)).thenReturn(ops);
        ProjectEnablement enablement = new ProjectEnablement(PROJECTS, issueTypeSchemes, WORKFLOW_SCHEMES, workflows,
                locks, settings);
        server = RestTestServer.start(new HeaderCurrentUser(), List.of(enablement), ProjectEnablementResource.class);
        admin = RestTestClient.anonymous(server).as("alex");
    }

    @AfterClass
    public static void stopServer() {
        server.close();
    }

    @Before
    public void opsHasAWorkflowSchemeOfItsOwn() {
        AssignableWorkflowScheme own = scheme(false);
        when(WORKFLOW_SCHEMES.getWorkflowSchemeObj(any())).thenReturn(own);
        STORED.hindsightSettings().storeEnabledProjects(Map.of());
    }

    @Test
    public void post_turnsHindsightOn_andSaysWhatChanged() {
        JsonNode project = admin.postJson("/admin/projects/OPS", "{\"recordComments\": true}").expect(200);

        assertEquals("OPS", project.get("projectKey").asText());
        assertEquals("Operations", project.get("projectName").asText());
        assertTrue(project.get("enabled").asBoolean());
        assertTrue(project.get("recordComments").asBoolean());
        assertTrue(project.get("changes").size() >= 2);
    }

    @Test
    public void post_withAnEmptyJsonBody_leavesCommentsOut() {
        JsonNode project = admin.postJson("/admin/projects/OPS", "").expect(200);

        assertFalse(project.get("recordComments").asBoolean());
    }

    @Test
    public void post_forAProjectOnTheDefaultWorkflowScheme_is409WithWhatToDo() {
        AssignableWorkflowScheme jirasDefault = scheme(true);
        when(WORKFLOW_SCHEMES.getWorkflowSchemeObj(any())).thenReturn(jirasDefault);

        RestTestClient.Answer answer = admin.postJson("/admin/projects/OPS", "{}");

        answer.expectError(409, "default_workflow_scheme");
        assertTrue(answer.message(), answer.message().contains("Switch scheme"));
    }

    @Test
    public void post_forAnUnknownProject_is404() {
        admin.postJson("/admin/projects/NOPE", "{}").expectError(404, "not_found");
    }

    @Test
    public void get_listsTheProjects_andDeleteTurnsHindsightOff() {
        admin.postJson("/admin/projects/OPS", "{}").expect(200);

        JsonNode listed = admin.get("/admin/projects").expect(200);
        assertEquals(1, listed.size());
        assertEquals("OPS", listed.get(0).get("projectKey").asText());

        JsonNode off = admin.send("DELETE", "/admin/projects/OPS").expect(200);
        assertFalse(off.get("enabled").asBoolean());
        assertEquals(0, admin.get("/admin/projects").expect(200).size());
    }

    private static AssignableWorkflowScheme scheme(boolean isDefault) {
        AssignableWorkflowScheme scheme = mock(AssignableWorkflowScheme.class);
        AssignableWorkflowScheme.Builder builder = mock(AssignableWorkflowScheme.Builder.class);
        when(scheme.isDefault()).thenReturn(isDefault);
        when(scheme.getName()).thenReturn("OPS workflow scheme");
        when(scheme.builder()).thenReturn(builder);
        when(builder.setMapping(anyString(), anyString())).thenReturn(builder);
        when(builder.removeMapping(anyString())).thenReturn(builder);
        when(builder.build()).thenReturn(scheme);
        return scheme;
    }
}
