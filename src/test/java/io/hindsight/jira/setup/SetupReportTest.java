package io.hindsight.jira.setup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.hindsight.jira.setup.SetupAction.Outcome;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class SetupReportTest {

    private static final Instant RAN_AT = Instant.parse("2026-11-20T14:05:00.123Z");

    @Test
    public void toLines_readsBackAsTheSameReport_evenWithTabsAndBreaksInDetails() {
        SetupReport report = new SetupReport(RAN_AT, List.of(
                new SetupAction(Outcome.CREATED, "field Severity", "customfield_10100"),
                new SetupAction(Outcome.FAILED, "workflow", "Jira said:\tno\nway"),
                new SetupAction(Outcome.PRESENT, "status Closed", "")));

        SetupReport read = SetupReport.fromLines(report.toLines());

        assertEquals(RAN_AT, read.ranAt());
        assertEquals(3, read.actions().size());
        assertEquals(new SetupAction(Outcome.FAILED, "workflow", "Jira said: no way"), read.actions().get(1));
        assertEquals(report.actions().get(2), read.actions().get(2));
    }

    @Test
    public void aReportWithOnlyPresentActions_changedNothing_andHasNoProblems() {
        SetupReport report = new SetupReport(RAN_AT, List.of(new SetupAction(Outcome.PRESENT, "a", "b")));

        assertTrue(report.changedNothing());
        assertFalse(report.hasProblems());
    }

    @Test
    public void aRepairIsAChange_butNotAProblem() {
        SetupReport report = new SetupReport(RAN_AT, List.of(new SetupAction(Outcome.REPAIRED, "a", "b")));

        assertFalse(report.changedNothing());
        assertFalse(report.hasProblems());
    }
}
