package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.avatar.Avatar;
import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconOwningObjectId;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.setup.SetupAction.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class IncidentIssueTypeInstallerTest {

    private final IssueTypeManager issueTypeManager = mock(IssueTypeManager.class);
    private final AvatarManager avatarManager = mock(AvatarManager.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final IncidentIssueTypeInstaller installer =
            new IncidentIssueTypeInstaller(issueTypeManager, avatarManager, settings);
    private final SetupLog log = new SetupLog();

    @Before
    public void jiraStoresTheIconAsAvatar10500() throws IOException {
        Avatar avatar = mock(Avatar.class);
        when(avatar.getId()).thenReturn(10500L);
        when(avatarManager.create(anyString(), anyString(), any(), any(), any(), any())).thenReturn(avatar);
    }

    @Test
    public void fromNothing_createsTheTypeWithTheIconShippedInTheJar() throws IOException {
        List<IssueType> jiraTypes = List.of(type("1", "Bug"));
        IssueType created = type("10100", "Incident");
        when(issueTypeManager.getIssueTypes()).thenReturn(jiraTypes);
        when(issueTypeManager.createIssueType("Incident", IncidentIssueTypeInstaller.DESCRIPTION, 10500L))
                .thenReturn(created);

        Optional<IssueType> incident = installer.ensure(log);

        assertEquals("10100", incident.orElseThrow().getId());
        verify(avatarManager).create(eq("incident-issue-type.png"), eq("image/png"),
                eq(IconType.ISSUE_TYPE_ICON_TYPE), any(IconOwningObjectId.class), any(InputStream.class), isNull());
        assertEquals(Optional.of("10100"), settings.issueTypeId());
        assertEquals(Outcome.CREATED, only(log).outcome());
    }

    @Test
    public void secondStart_findsTheTypeAndCreatesNothing() {
        List<IssueType> jiraTypes = List.of(type("1", "Bug"), type("10100", "Incident"));
        when(issueTypeManager.getIssueTypes()).thenReturn(jiraTypes);

        Optional<IssueType> incident = installer.ensure(log);

        assertEquals("10100", incident.orElseThrow().getId());
        verify(issueTypeManager, never()).createIssueType(anyString(), anyString(), any());
        assertEquals(Outcome.PRESENT, only(log).outcome());
    }

    @Test
    public void aTypeAnAdminDeleted_isCreatedAgainAndReportedAsRepaired() {
        settings.rememberIssueTypeId("10100");
        List<IssueType> jiraTypes = List.of(type("1", "Bug"));
        IssueType created = type("10200", "Incident");
        when(issueTypeManager.getIssueTypes()).thenReturn(jiraTypes);
        when(issueTypeManager.createIssueType(anyString(), anyString(), anyLong())).thenReturn(created);

        installer.ensure(log);

        SetupAction action = only(log);
        assertEquals(Outcome.REPAIRED, action.outcome());
        assertTrue(action.detail(), action.detail().contains("10100") && action.detail().contains("10200"));
        assertEquals(Optional.of("10200"), settings.issueTypeId());
    }

    @Test
    public void aRenamedType_isReportedAndNotDuplicated() {
        settings.rememberIssueTypeId("10100");
        List<IssueType> jiraTypes = List.of(type("10100", "Outage"));
        when(issueTypeManager.getIssueTypes()).thenReturn(jiraTypes);

        Optional<IssueType> incident = installer.ensure(log);

        assertEquals("10100", incident.orElseThrow().getId());
        verify(issueTypeManager, never()).createIssueType(anyString(), anyString(), any());
        SetupAction action = only(log);
        assertEquals(Outcome.FAILED, action.outcome());
        assertTrue(action.detail(), action.detail().contains("'Outage'"));
    }

    @Test
    public void anIconJiraRefuses_fallsBackToJirasDefaultIcon() throws IOException {
        when(avatarManager.create(anyString(), anyString(), any(), any(), any(), any()))
                .thenThrow(new IOException("not an image"));
        when(avatarManager.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE)).thenReturn(10300L);
        IssueType created = type("10100", "Incident");
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        when(issueTypeManager.createIssueType("Incident", IncidentIssueTypeInstaller.DESCRIPTION, 10300L))
                .thenReturn(created);

        assertTrue(installer.ensure(log).isPresent());
        assertEquals(Outcome.CREATED, only(log).outcome());
    }

    @Test
    public void aNameJiraRefuses_isAFailureWithJirasReason() {
        when(issueTypeManager.getIssueTypes()).thenReturn(List.of());
        when(issueTypeManager.createIssueType(anyString(), anyString(), anyLong()))
                .thenThrow(new IllegalStateException("An issue type with this name already exists."));

        assertEquals(Optional.empty(), installer.ensure(log));
        SetupAction action = only(log);
        assertEquals(Outcome.FAILED, action.outcome());
        assertTrue(action.detail(), action.detail().contains("already exists"));
    }

    @Test
    public void theIconIsInTheJar() {
        assertTrue(IncidentIssueTypeInstaller.class.getClassLoader()
                .getResource(IncidentIssueTypeInstaller.ICON) != null);
    }

    static IssueType type(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    static SetupAction only(SetupLog log) {
        assertEquals(log.actions().toString(), 1, log.actions().size());
        return log.actions().get(0);
    }
}
