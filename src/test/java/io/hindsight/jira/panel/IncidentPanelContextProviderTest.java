package io.hindsight.jira.panel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentSnapshot;
import io.hindsight.jira.IncidentSnapshots;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class IncidentPanelContextProviderTest {

    private static final String TIMELINE_BUNDLE = "io.hindsight.hindsight:hindsight-timeline-view";

    private final IncidentSnapshots snapshots = mock(IncidentSnapshots.class);
    private final PageBuilderService pageBuilder = mock(PageBuilderService.class);
    private final RequiredResources resources = mock(RequiredResources.class);
    private final IncidentPanelContextProvider provider = new IncidentPanelContextProvider(snapshots, pageBuilder);
    private final Issue issue = mock(Issue.class);

    @Before
    public void theIssueViewShowsOps7() {
        WebResourceAssembler assembler = mock(WebResourceAssembler.class);
        when(pageBuilder.assembler()).thenReturn(assembler);
        when(assembler.resources()).thenReturn(resources);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("OPS");
        Status status = mock(Status.class);
        when(status.getName()).thenReturn("Mitigated");
        when(issue.getId()).thenReturn(10042L);
        when(issue.getKey()).thenReturn("OPS-7");
        when(issue.getSummary()).thenReturn("Checkout returns 502");
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getStatus()).thenReturn(status);
        when(snapshots.snapshot(new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502")))
                .thenReturn(new IncidentSnapshot(Severity.SEV_2, "Sam Roe", null, List.of(), List.of()));
    }

    @Test
    public void theContextHoldsTheIncidentAndTheEscaper_besideWhatJiraPassedIn() {
        provider.init(Map.of(IncidentPanelContextProvider.WEB_RESOURCE_PARAM, TIMELINE_BUNDLE));
        Map<String, Object> jira = new HashMap<>(Map.of("issue", issue, "i18n", new BundleI18n()));

        Map<String, Object> context = provider.getContextMap(jira);

        IncidentPanelDto incident = (IncidentPanelDto) context.get(IncidentPanelContextProvider.INCIDENT);
        assertEquals("OPS-7", incident.incidentKey());
        assertEquals("Mitigated", incident.statusName());
        assertEquals("SEV-2", incident.severityCode());
        assertEquals("Sam Roe", incident.commanderName());
        assertTrue(context.get(IncidentPanelContextProvider.HTML) instanceof HtmlText);
        assertSame(issue, context.get("issue"));
        assertTrue(context.containsKey("i18n"));
        verify(resources).requireWebResource(TIMELINE_BUNDLE);
    }

    @Test
    public void withoutTheParam_noBundleIsRequired_andThePanelStillRenders() {
        provider.init(Map.of());

        String html = IncidentPanelTemplateTest.render((IncidentPanelDto) provider
                .getContextMap(new HashMap<>(Map.of("issue", issue))).get(IncidentPanelContextProvider.INCIDENT));

        verify(resources, never()).requireWebResource(anyString());
        assertTrue(html, html.contains("SEV-2"));
    }

    @Test
    public void theCondition_showsThePanelOnIncidentsOnly() {
        IncidentIssueCondition condition = new IncidentIssueCondition();
        IssueType incident = mock(IssueType.class);
        when(incident.getName()).thenReturn("Incident");
        IssueType bug = mock(IssueType.class);
        when(bug.getName()).thenReturn("Bug");

        when(issue.getIssueType()).thenReturn(incident);
        assertTrue(condition.shouldDisplay(Map.of("issue", issue)));
        when(issue.getIssueType()).thenReturn(bug);
        assertFalse(condition.shouldDisplay(Map.of("issue", issue)));
        assertFalse(condition.shouldDisplay(Map.of()));
    }
}
