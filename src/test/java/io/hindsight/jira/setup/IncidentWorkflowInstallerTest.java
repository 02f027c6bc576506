package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.StatusCategoryManager;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.workflow.JiraWorkflow;
import com.atlassian.jira.workflow.WorkflowManager;
import com.opensymphony.workflow.FactoryException;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.setup.SetupAction.Outcome;
import io.hindsight.jira.workflow.IncidentWorkflowXml;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class IncidentWorkflowInstallerTest {

    private final WorkflowManager workflowManager = mock(WorkflowManager.class);
    private final StatusManager statusManager = mock(StatusManager.class);
    private final StatusCategoryManager categoryManager = mock(StatusCategoryManager.class);
    private final WorkflowXmlImporter importer = mock(WorkflowXmlImporter.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final IncidentWorkflowInstaller installer = new IncidentWorkflowInstaller(workflowManager,
            new IncidentStatusesInstaller(statusManager, categoryManager), importer, settings);
    private final SetupLog log = new SetupLog();
    private final JiraWorkflow imported = mock(JiraWorkflow.class);

    /** Jira's statuses: a default install has Resolved (5) and Closed (6); new ones get ids from 10000. */
    private final List<Status> jiraStatuses = new ArrayList<>(List.of(status("5", "Resolved"), status("6", "Closed")));
    private final Map<String, StatusCategory> categories =
            Map.of("new", mock(StatusCategory.class), "indeterminate", mock(StatusCategory.class),
                    "done", mock(StatusCategory.class));

    @Before
    public void jiraCreatesStatusesAndImportsXml() throws FactoryException {
        when(statusManager.getStatuses()).thenAnswer(call -> List.copyOf(jiraStatuses));
        when(statusManager.createStatus(anyString(), anyString(), anyString(), any())).thenAnswer(call -> {
            Status created = status(String.valueOf(10000 + jiraStatuses.size()), call.getArgument(0));
            jiraStatuses.add(created);
            return created;
        });
        categories.forEach((key, category) -> when(categoryManager.getStatusCategoryByKey(key)).thenReturn(category));
        when(importer.fromXml(anyString(), anyString())).thenReturn(imported);
    }

    @Test
    public void fromNothing_createsTheMissingStatuses_thenImportsTheXmlWithTheirIds() throws FactoryException {
        installer.ensure(null, log);

        verify(statusManager).createStatus(eq("Declared"), anyString(), eq(IncidentStatusesInstaller.ICON_URL),
                eq(categories.get("new")));
        verify(statusManager).createStatus(eq("Mitigated"), anyString(), anyString(), eq(categories.get("indeterminate")));
        verify(statusManager).createStatus(eq("Cancelled"), anyString(), anyString(), eq(categories.get("done")));
        verify(statusManager, never()).createStatus(eq("Resolved"), anyString(), anyString(), any());
        ArgumentCaptor<String> xml = ArgumentCaptor.forClass(String.class);
        verify(importer).fromXml(eq(IncidentWorkflowXml.WORKFLOW_NAME), xml.capture());
        assertTrue(xml.getValue().contains("<meta name=\"jira.status.id\">5</meta>"));
        assertTrue(xml.getValue().contains("<meta name=\"jira.status.id\">10002</meta>"));
        verify(workflowManager).createWorkflow(null, imported);
        assertEquals(Optional.of(IncidentWorkflowXml.WORKFLOW_NAME), settings.workflowName());
        assertEquals(Outcome.CREATED, last().outcome());
        assertEquals("five statuses created, Resolved and Closed reused", 5, log.actions().stream()
                .filter(action -> action.subject().startsWith("status") && action.outcome() == Outcome.CREATED).count());
    }

    @Test
    public void secondStart_leavesTheExistingWorkflowAsItIs() throws FactoryException {
        when(workflowManager.getWorkflow(IncidentWorkflowXml.WORKFLOW_NAME)).thenReturn(imported);

        installer.ensure(null, log);

        verify(statusManager, never()).createStatus(anyString(), anyString(), anyString(), any());
        verify(importer, never()).fromXml(anyString(), anyString());
        verify(workflowManager, never()).createWorkflow(any(), any());
        assertEquals(Outcome.PRESENT, IncidentIssueTypeInstallerTest.only(log).outcome());
    }

    @Test
    public void aWorkflowAnAdminDeleted_isImportedAgain_reusingTheStatusesItLeftBehind() throws FactoryException {
        installer.ensure(null, log);
        SetupLog secondStart = new SetupLog();

        installer.ensure(null, secondStart);

        verify(workflowManager, times(2)).createWorkflow(null, imported);
        assertEquals(Outcome.REPAIRED, secondStart.actions().get(secondStart.actions().size() - 1).outcome());
        assertTrue(secondStart.actions().subList(0, 7).stream()
                .allMatch(action -> action.outcome() == Outcome.PRESENT));
    }

    @Test
    public void anAdminAskingForSetup_isRecordedAsTheWorkflowsCreator() {
        ApplicationUser admin = mock(ApplicationUser.class);

        installer.ensure(admin, log);

        verify(workflowManager).createWorkflow(admin, imported);
    }

    @Test
    public void xmlJiraRejects_isAFailure_andNothingIsCreated() throws FactoryException {
        when(importer.fromXml(anyString(), anyString())).thenThrow(new FactoryException("unknown status id"));

        installer.ensure(null, log);

        verify(workflowManager, never()).createWorkflow(any(), any());
        assertEquals(Outcome.FAILED, last().outcome());
        assertTrue(last().detail().contains("unknown status id"));
        assertEquals(Optional.empty(), settings.workflowName());
    }

    @Test
    public void aStatusJiraWillNotCreate_stopsTheImport() throws FactoryException {
        when(statusManager.createStatus(eq("Mitigated"), anyString(), anyString(), any()))
                .thenThrow(new IllegalArgumentException("name too long"));

        installer.ensure(null, log);

        verify(importer, never()).fromXml(anyString(), anyString());
        assertEquals(Outcome.FAILED, last().outcome());
    }

    private SetupAction last() {
        return log.actions().get(log.actions().size() - 1);
    }

    private static Status status(String id, String name) {
        Status status = mock(Status.class);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        return status;
    }
}
