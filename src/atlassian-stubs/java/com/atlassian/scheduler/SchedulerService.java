/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (atlassian-scheduler-api 1.6.0): a @PublicApi interface; registerJobRunner(JobRunnerKey, JobRunner),
 * unregisterJobRunner(JobRunnerKey), scheduleJob(JobId, JobConfig) (the Bamboo 9.2.11 implementation page lists the
 * same), CONFIRMED (doc). That scheduleJob throws the checked SchedulerServiceException: UNCONFIRMED (declared so that
 * javac makes the caller handle it either way). Scheduler version in Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

public interface SchedulerService {

    void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

    void unregisterJobRunner(JobRunnerKey jobRunnerKey);

    void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;
}
