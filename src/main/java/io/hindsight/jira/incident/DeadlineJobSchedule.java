package io.hindsight.jira.incident;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.hindsight.incident.DeadlineJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the deadline job every minute on one node of the cluster, through Jira's atlassian-scheduler. The runner is
 * registered when the plugin starts and unregistered when it stops; the schedule itself is cluster-wide and stays,
 * since one node stopping must not stop the job on the others (a scheduled job without a runner is skipped).
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class DeadlineJobSchedule implements LifecycleAware, JobRunner {

    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.hindsight.deadline-job");
    static final JobId JOB = JobId.of("io.hindsight.deadline-job.every-minute");
    static final long EVERY_MINUTE = 60_000L;

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineJobSchedule.class);

    private final SchedulerService scheduler;
    private final DeadlineJob job;

    public DeadlineJobSchedule(@JiraImport SchedulerService scheduler, DeadlineJob job) {
        this.scheduler = scheduler;
        this.job = job;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(RUNNER, this);
        try {
            // Scheduling the same id again replaces the job: every node may do it on start without duplicating it.
            scheduler.scheduleJob(JOB, JobConfig.forJobRunnerKey(RUNNER).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(EVERY_MINUTE, null)));
        } catch (SchedulerServiceException | RuntimeException refused) {
            LOG.error("Hindsight could not schedule its deadline job; missed deadlines are not reported", refused);
        }
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        try {
            DeadlineJob.Report report = job.runOnce();
            return JobRunnerResponse.success(report.recorded() + " recorded, " + report.claimedElsewhere()
                    + " claimed elsewhere, " + report.failed() + " failed");
        } catch (RuntimeException failed) {
            return JobRunnerResponse.failed(failed);
        }
    }
}
