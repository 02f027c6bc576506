/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/config/RunMode.html
 * (atlassian-scheduler-api 1.6.0): a public enum with exactly RUN_LOCALLY and RUN_ONCE_PER_CLUSTER. CONFIRMED (doc) for 1.6.0.
 * Mirrors: atlassian-scheduler-api's com.atlassian.scheduler.config.RunMode, an enum whose RUN_ONCE_PER_CLUSTER runs
 * a job on one node of the cluster at each time (RUN_LOCALLY on every node). Jira 11.3's scheduler version: UNCONFIRMED.
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
