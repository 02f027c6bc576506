package io.hindsight.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.hindsight.jira.setup.HindsightJiraSetup;
import io.hindsight.jira.setup.SetupAction;
import io.hindsight.jira.setup.SetupAction.Outcome;
import io.hindsight.jira.setup.SetupReport;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SetupHealthResourceTest {

    private static final SetupReport BROKEN = new SetupReport(Instant.parse("2026-11-20T14:00:00Z"), List.of(
            new SetupAction(Outcome.PRESENT, "issue type Incident", "id 10100"),
            new SetupAction(Outcome.FAILED, "field Severity", "this Jira does not offer the field type")));

    private final HindsightJiraSetup setup = mock(HindsightJiraSetup.class);
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final UserManager userManager = mock(UserManager.class);
    private final SetupHealthResource resource = new SetupHealthResource(setup, currentUser, userManager);

    @Test
    public void get_reportsTheLastRun_unhealthyWhileAnythingFailed() {
        when(setup.lastReport()).thenReturn(Optional.of(BROKEN));

        SetupReportDto report = resource.lastReport();

        assertFalse(report.healthy());
        assertEquals(new SetupReportDto.ActionDto("failed", "field Severity",
                "this Jira does not offer the field type"), report.actions().get(1));
    }

    @Test
    public void get_beforeAnyRun_isNotFound() {
        when(setup.lastReport()).thenReturn(Optional.empty());

        assertThrows(NotFoundException.class, resource::lastReport);
    }

    @Test
    public void post_runsSetupAsTheCallingAdmin() {
        ApplicationUser alex = mock(ApplicationUser.class);
        when(currentUser.userKey()).thenReturn(Optional.of("JIRAUSER10000"));
        when(userManager.getUserByKey("JIRAUSER10000")).thenReturn(alex);
        SetupReport healthy = new SetupReport(Instant.parse("2026-11-20T14:05:00Z"),
                List.of(new SetupAction(Outcome.REPAIRED, "field Severity", "created again")));
        when(setup.run(alex)).thenReturn(healthy);

        SetupReportDto report = resource.run();

        assertTrue(report.healthy());
        assertEquals("repaired", report.actions().get(0).outcome());
    }
}
