package io.hindsight.jira;

import static org.junit.Assert.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.hindsight.incident.IncidentRef;
import java.util.Optional;
import org.junit.Test;

public class JiraIncidentDirectoryTest {

    private final IssueManager issueManager = mock(IssueManager.class);
    private final JiraIncidentDirectory directory = new JiraIncidentDirectory(issueManager);

    @Test
    public void findByKey_describesAnIssueOfTypeIncident() {
        MutableIssue issue = issue(10042L, "OPS-7", "OPS", "Incident", "Checkout returns 502");
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);

        assertEquals(Optional.of(new IncidentRef(10042L, "OPS-7", "OPS", "Checkout returns 502")),
                directory.findByKey("OPS-7"));
    }

    @Test
    public void findByKey_reportsTheKeyJiraHoldsNow() {
        MutableIssue issue = issue(10042L, "SRE-3", "SRE", "Incident", "Moved from OPS");
        when(issueManager.getIssueObject("OPS-7")).thenReturn(issue);

        assertEquals("SRE-3", directory.findByKey("OPS-7").orElseThrow().key());
        assertEquals("SRE", directory.findByKey("OPS-7").orElseThrow().projectKey());
    }

    @Test
    public void findByKey_ignoresIssuesOfOtherTypes() {
        MutableIssue bug = issue(10043L, "OPS-8", "OPS", "Bug", "Typo");
        when(issueManager.getIssueObject("OPS-8")).thenReturn(bug);

        assertEquals(Optional.empty(), directory.findByKey("OPS-8"));
    }

    @Test
    public void findByKey_matchesTheTypeNameExactly() {
        MutableIssue issue = issue(10044L, "OPS-9", "OPS", "incident", "Lower case");
        when(issueManager.getIssueObject("OPS-9")).thenReturn(issue);

        assertEquals(Optional.empty(), directory.findByKey("OPS-9"));
    }

    @Test
    public void findByKey_isEmptyForAnUnknownKey() {
        when(issueManager.getIssueObject("OPS-404")).thenReturn(null);

        assertEquals(Optional.empty(), directory.findByKey("OPS-404"));
    }

    @Test
    public void findByKey_isEmptyForAnIssueWithoutType() {
        MutableIssue issue = issue(10045L, "OPS-10", "OPS", null, "Broken import");
        when(issueManager.getIssueObject("OPS-10")).thenReturn(issue);

        assertEquals(Optional.empty(), directory.findByKey("OPS-10"));
    }

    @Test
    public void findByKey_treatsAMissingSummaryAsEmpty() {
        MutableIssue issue = issue(10046L, "OPS-11", "OPS", "Incident", null);
        when(issueManager.getIssueObject("OPS-11")).thenReturn(issue);

        assertEquals("", directory.findByKey("OPS-11").orElseThrow().summary());
    }

    static MutableIssue issue(long id, String key, String projectKey, String typeName, String summary) {
        MutableIssue issue = mock(MutableIssue.class);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(projectKey);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectObject()).thenReturn(project);
        if (typeName != null) {
            IssueType type = mock(IssueType.class);
            when(type.getName()).thenReturn(typeName);
            when(issue.getIssueType()).thenReturn(type);
        }
        return issue;
    }
}
