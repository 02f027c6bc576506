package io.hindsight.jira.incident;

import static org.junit.Assert.assertEquals;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.hindsight.incident.DeadlineJob;
import org.junit.Test;

public class DeadlineJobScheduleTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final DeadlineJob job = mock(DeadlineJob.class);
    private final DeadlineJobSchedule schedule = new DeadlineJobSchedule(scheduler, job);

    @Test
    public void onStart_registersTheRunnerAndSchedulesItEveryMinuteOncePerCluster() throws Exception {
        schedule.onStart();

        verify(scheduler).registerJobRunner(DeadlineJobSchedule.RUNNER, schedule);
        verify(scheduler).scheduleJob(DeadlineJobSchedule.JOB, JobConfig.forJobRunnerKey(DeadlineJobSchedule.RUNNER)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER).withSchedule(Schedule.forInterval(60_000L, null)));
    }

    @Test
    public void onStart_survivesASchedulerThatRefuses() throws Exception {
        doThrow(new SchedulerServiceException("down")).when(scheduler).scheduleJob(any(), any());

        schedule.onStart();

        verify(scheduler).registerJobRunner(DeadlineJobSchedule.RUNNER, schedule);
    }

    @Test
    public void onStop_unregistersTheRunnerButKeepsTheClusterWideSchedule() throws Exception {
        schedule.onStop();

        verify(scheduler).unregisterJobRunner(DeadlineJobSchedule.RUNNER);
        verify(scheduler, never()).scheduleJob(any(), any());
    }

    @Test
    public void runJob_runsTheDeadlineJobOnceAndReportsWhatItDid() {
        when(job.runOnce()).thenReturn(new DeadlineJob.Report(2, 1, 0));

        assertEquals("success: 2 recorded, 1 claimed elsewhere, 0 failed", schedule.runJob(null).toString());
    }

    @Test
    public void runJob_reportsAFailureInsteadOfThrowing() {
        when(job.runOnce()).thenThrow(new IllegalStateException("database down"));

        assertEquals("failed: java.lang.IllegalStateException: database down", schedule.runJob(null).toString());
    }
}
