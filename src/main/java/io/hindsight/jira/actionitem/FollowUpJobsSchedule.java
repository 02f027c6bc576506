package io.hindsight.jira.actionitem;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import com.atlassian.plugin.spring.scanner.annotation.export.ExportAsService;
import com.atlassian.plugin.spring.scanner.annotation.imports.JiraImport;
import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.hindsight.actionitem.ActionItemRepair;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.metrics.RollupJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The follow-up work in the background on Jira's atlassian-scheduler, each on one node of the cluster, the way
 * {@code DeadlineJobSchedule} runs the deadline job: the metrics rollup refresh every minute, the action-item repair
 * every day, and the reminders every hour. Runners are registered on start and unregistered on stop; the cluster-wide schedules stay.
 */
@JiraComponent
@ExportAsService(LifecycleAware.class)
public class FollowUpJobsSchedule implements LifecycleAware {

    static final JobRunnerKey ROLLUP_RUNNER = JobRunnerKey.of("io.hindsight.metrics-rollup");
    static final JobId ROLLUP_JOB = JobId.of("io.hindsight.metrics-rollup.every-minute");
    static final JobRunnerKey REPAIR_RUNNER = JobRunnerKey.of("io.hindsight.action-item-repair");
    static final JobId REPAIR_JOB = JobId.of("io.hindsight.action-item-repair.daily");
    static final JobRunnerKey REMINDER_RUNNER = JobRunnerKey.of("io.hindsight.reminders");
    static final JobId REMINDER_JOB = JobId.of("io.hindsight.reminders.hourly");
    static final long EVERY_MINUTE = 60_000L;
    static final long EVERY_HOUR = 3_600_000L;
    static final long EVERY_DAY = 86_400_000L;

    private static final Logger LOG = LoggerFactory.getLogger(FollowUpJobsSchedule.class);

    private final SchedulerService scheduler;
    private final RollupJob rollup;
    private final ActionItemRepair repair;
    private final ReminderJob reminders;

    public FollowUpJobsSchedule(@JiraImport SchedulerService scheduler, RollupJob rollup, ActionItemRepair repair,
            ReminderJob reminders) {
        this.scheduler = scheduler;
        this.rollup = rollup;
        this.repair = repair;
        this.reminders = reminders;
    }

    @Override
    public void onStart() {
        scheduler.registerJobRunner(ROLLUP_RUNNER, this::runRollup);
        scheduler.registerJobRunner(REPAIR_RUNNER, this::runRepair);
        scheduler.registerJobRunner(REMINDER_RUNNER, this::runReminders);
        schedule(ROLLUP_JOB, ROLLUP_RUNNER, EVERY_MINUTE, "metrics rollup");
        schedule(REPAIR_JOB, REPAIR_RUNNER, EVERY_DAY, "action-item repair");
        // Hourly: the reminder interval (an hour at the least) decides how often a person is actually mailed.
        schedule(REMINDER_JOB, REMINDER_RUNNER, EVERY_HOUR, "reminder");
    }

    @Override
    public void onStop() {
        scheduler.unregisterJobRunner(ROLLUP_RUNNER);
        scheduler.unregisterJobRunner(REPAIR_RUNNER);
        scheduler.unregisterJobRunner(REMINDER_RUNNER);
    }

    JobRunnerResponse runReminders(JobRunnerRequest request) {
        try {
            ReminderJob.Report report = reminders.runOnce();
            return JobRunnerResponse.success(report.sent() + " sent, " + report.alreadySent() + " already sent, "
                    + report.failed() + " failed");
        } catch (RuntimeException failed) {
            return JobRunnerResponse.failed(failed);
        }
    }

    JobRunnerResponse runRollup(JobRunnerRequest request) {
        try {
            return JobRunnerResponse.success(rollup.runOnce().name());
        } catch (RuntimeException failed) {
            return JobRunnerResponse.failed(failed);
        }
    }

    JobRunnerResponse runRepair(JobRunnerRequest request) {
        try {
            ActionItemRepair.Report report = repair.repair();
            return JobRunnerResponse.success(report.compared() + " compared, " + report.corrected() + " corrected, "
                    + report.removed() + " removed");
        } catch (RuntimeException failed) {
            return JobRunnerResponse.failed(failed);
        }
    }

    private void schedule(JobId job, JobRunnerKey runner, long intervalMillis, String what) {
        try {
            // Scheduling the same id again replaces the job: every node may do it on start without duplicating it.
            scheduler.scheduleJob(job, JobConfig.forJobRunnerKey(runner).withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.forInterval(intervalMillis, null)));
        } catch (SchedulerServiceException | RuntimeException refused) {
            LOG.error("Hindsight could not schedule its {} job", what, refused);
        }
    }
}
