/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 * (atlassian-scheduler 2.0.0): a @PublicSpi interface with JobRunnerResponse runJob(JobRunnerRequest); plugins
 * register it when enabled and unregister it when disabled. CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler;

public interface JobRunner {

    JobRunnerResponse runJob(JobRunnerRequest request);
}
