package io.hindsight.jira.metrics;

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
import io.hindsight.metrics.RollupJob;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class MetricsJobScheduleTest {

    private final SchedulerService scheduler = mock(SchedulerService.class);
    private final RollupJob rollup = mock(RollupJob.class);
    private final ActionItemRepair repair = mock(ActionItemRepair.class);
    private final MetricsJobSchedule schedule = new MetricsJobSchedule(scheduler, rollup, repair);

    @Test
    public void onStart_schedulesTheRollupEveryMinute_andTheRepairDaily_oncePerCluster() throws Exception {
        schedule.onStart();

        verify(scheduler).scheduleJob(MetricsJobSchedule.ROLLUP_JOB, JobConfig.forJobRunnerKey(
                MetricsJobSchedule.ROLLUP_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(60_000L, null)));
        verify(scheduler).scheduleJob(MetricsJobSchedule.REPAIR_JOB, JobConfig.forJobRunnerKey(
                MetricsJobSchedule.REPAIR_RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(86_400_000L, null)));
    }

    @Test
    public void theRegisteredRunners_runTheJobs_andReportFailuresInsteadOfThrowing() {
        ArgumentCaptor<JobRunner> rollupRunner = ArgumentCaptor.forClass(JobRunner.class);
        ArgumentCaptor<JobRunner> repairRunner = ArgumentCaptor.forClass(JobRunner.class);
        schedule.onStart();
        verify(scheduler).registerJobRunner(eq(MetricsJobSchedule.ROLLUP_RUNNER), rollupRunner.capture());
        verify(scheduler).registerJobRunner(eq(MetricsJobSchedule.REPAIR_RUNNER), repairRunner.capture());
        when(rollup.runOnce()).thenReturn(RollupJob.Outcome.REFRESHED);
        when(repair.repair()).thenThrow(new IllegalStateException("database down"));

        assertTrue(rollupRunner.getValue().runJob(null).toString().contains("REFRESHED"));
        assertTrue(repairRunner.getValue().runJob(null).toString().contains("database down"));
        verify(rollup).runOnce();
    }

    @Test
    public void aSchedulerThatRefuses_doesNotStopThePlugin() throws Exception {
        doThrow(new SchedulerServiceException("no")).when(scheduler).scheduleJob(any(), any());

        schedule.onStart();

        verify(scheduler).registerJobRunner(eq(MetricsJobSchedule.ROLLUP_RUNNER), any());
        verify(scheduler).registerJobRunner(eq(MetricsJobSchedule.REPAIR_RUNNER), any());
    }
}
