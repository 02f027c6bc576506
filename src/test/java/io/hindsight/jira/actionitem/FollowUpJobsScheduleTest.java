package io.hindsight.jira.actionitem;

import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.hindsight.actionitem.ActionItemRepair;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.metrics.RollupJob;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class FollowUpJobsScheduleTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final RollupJob rollup = mock(RollupJob.class);
    private final ActionItemRepair repair = mock(ActionItemRepair.class);
    private final ReminderJob reminders = mock(ReminderJob.class);
    private final FollowUpJobsSchedule schedule = new FollowUpJobsSchedule(scheduler, rollup, repair, reminders);

    @Test
    public void onStart_schedulesTheRollupEveryMinute_andTheRepairDaily_oncePerCluster() throws Exception {
        schedule.onStart();

        verify(scheduler).scheduleJob(FollowUpJobsSchedule.ROLLUP_JOB, JobConfig.forJobRunnerKey(
                FollowUpJobsSchedule.ROLLUP_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(60_000L, null)));
        verify(scheduler).scheduleJob(FollowUpJobsSchedule.REPAIR_JOB, JobConfig.forJobRunnerKey(
                FollowUpJobsSchedule.REPAIR_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(86_400_000L, null)));
        verify(scheduler).scheduleJob(FollowUpJobsSchedule.REMINDER_JOB, JobConfig.forJobRunnerKey(
                FollowUpJobsSchedule.REMINDER_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(3_600_000L, null)));
    }

    @Test
    public void theRegisteredRunners_runTheJobs_andReportFailuresInsteadOfThrowing() {
        ArgumentCaptor<JobRunner> rollupRunner = ArgumentCaptor.forClass(JobRunner.class);
        ArgumentCaptor<JobRunner> repairRunner = ArgumentCaptor.forClass(JobRunner.class);
        schedule.onStart();
        verify(scheduler).registerJobRunner(eq(FollowUpJobsSchedule.ROLLUP_RUNNER), rollupRunner.capture());
        verify(scheduler).registerJobRunner(eq(FollowUpJobsSchedule.REPAIR_RUNNER), repairRunner.capture());
        when(rollup.runOnce()).thenReturn(RollupJob.Outcome.REFRESHED);
        when(repair.repair()).thenThrow(new IllegalStateException("database down"));

        assertTrue(rollupRunner.getValue().runJob(null).toString().contains("REFRESHED"));
        assertTrue(repairRunner.getValue().runJob(null).toString().contains("database down"));
        ArgumentCaptor<JobRunner> reminderRunner = ArgumentCaptor.forClass(JobRunner.class);
        verify(scheduler).registerJobRunner(eq(FollowUpJobsSchedule.REMINDER_RUNNER), reminderRunner.capture());
        when(reminders.runOnce()).thenReturn(new ReminderJob.Report(3, 1, 0));
        assertTrue(reminderRunner.getValue().runJob(null).toString().contains("3 sent"));
        verify(rollup).runOnce();
    }

    @Test
    public void aSchedulerThatRefuses_doesNotStopThePlugin() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        schedule.onStart();

        verify(scheduler).registerJobRunner(eq(FollowUpJobsSchedule.ROLLUP_RUNNER), any());
        verify(scheduler).registerJobRunner(eq(FollowUpJobsSchedule.REPAIR_RUNNER), any());
    }
}
