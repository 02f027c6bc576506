package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import io.hindsight.jira.HindsightJiraSettings;
import io.hindsight.jira.InMemoryPluginSettings;
import io.hindsight.jira.setup.SetupAction.Outcome;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;
import org.mockito.InOrder;

public class HindsightJiraSetupTest {

    private final ClusterLockService lockService = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final IncidentIssueTypeInstaller issueType = mock(IncidentIssueTypeInstaller.class);
    private final IncidentFieldsInstaller fields = mock(IncidentFieldsInstaller.class);
    private final IncidentWorkflowInstaller workflow = mock(IncidentWorkflowInstaller.class);
    private final ActionItemLinkTypeInstaller linkType = mock(ActionItemLinkTypeInstaller.class);
    private final HindsightJiraSettings settings = new InMemoryPluginSettings().hindsightSettings();
    private final HindsightJiraSetup setup = new HindsightJiraSetup(lockService, issueType, fields, workflow, linkType,
            settings);
    private final IssueType incidentType = IncidentIssueTypeInstallerTest.type("10100", "Incident");

    @Before
    public void theLockIsFreeAndTheIssueTypeExists() throws InterruptedException {
        when(lockService.getLockForName(HindsightJiraSetup.LOCK_NAME)).thenReturn(lock);
        when(lock.tryLock(HindsightJiraSetup.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(true);
        when(issueType.ensure(any())).thenAnswer(call -> {
            call.getArgument(0, SetupLog.class).present(IncidentIssueTypeInstaller.SUBJECT, "id 10100");
            return Optional.of(incidentType);
        });
    }

    @Test
    public void onStart_runsTheInstallersInOrderUnderTheClusterLock_andKeepsTheReport() throws InterruptedException {
        setup.onStart();

        InOrder order = inOrder(lock, issueType, fields, workflow, linkType);
        order.verify(lock).tryLock(HindsightJiraSetup.LOCK_WAIT_SECONDS, TimeUnit.SECONDS);
        order.verify(issueType).ensure(any());
        order.verify(fields).ensure(eq(incidentType), any());
        order.verify(workflow).ensure(isNull(), any());
        order.verify(linkType).ensure(any());
        order.verify(lock).unlock();
        SetupReport kept = setup.lastReport().orElseThrow();
        assertEquals(Outcome.PRESENT, kept.actions().get(0).outcome());
        assertTrue(kept.changedNothing());
    }

    @Test
    public void anotherNodeHoldingTheLock_meansNothingIsTouched_andTheReportSaysSo() throws InterruptedException {
        when(lock.tryLock(HindsightJiraSetup.LOCK_WAIT_SECONDS, TimeUnit.SECONDS)).thenReturn(false);

        SetupReport report = setup.run(null);

        verify(issueType, never()).ensure(any());
        verify(lock, never()).unlock();
        assertTrue(report.hasProblems());
        assertTrue(setup.lastReport().orElseThrow().hasProblems());
    }

    @Test
    public void aStepThatThrows_isReported_theLaterStepsStillRun_andStartDoesNotFail() {
        doThrow(new IllegalStateException("database unavailable")).when(issueType).ensure(any());

        setup.onStart();

        SetupReport report = setup.lastReport().orElseThrow();
        assertTrue(report.hasProblems());
        assertTrue(report.actions().get(0).detail().contains("database unavailable"));
        verify(fields, never()).ensure(any(), any());
        verify(workflow).ensure(any(), any());
        verify(lock).unlock();
    }

    @Test
    public void anAdminRunningSetup_isPassedToTheWorkflowInstaller() {
        ApplicationUser admin = mock(ApplicationUser.class);

        setup.run(admin);

        verify(workflow).ensure(eq(admin), any());
    }

    @Test
    public void aWorkflowFailure_stillReleasesTheLock() {
        doAnswer(call -> {
            throw new IllegalStateException("boom");
        }).when(workflow).ensure(any(), any());

        SetupReport report = setup.run(null);

        verify(lock).unlock();
        assertEquals(Outcome.FAILED, report.actions().get(report.actions().size() - 1).outcome());
        assertFalse(report.changedNothing());
    }
}
