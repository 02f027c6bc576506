/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Mirrors: atlassian-scheduler-api's com.atlassian.scheduler.config.RunMode, an enum whose RUN_ONCE_PER_CLUSTER runs
 * a job on one node of the cluster at each time (RUN_LOCALLY on every node). CONFIRMED (code); no Javadoc page was
 * found by the docs search: UNCONFIRMED.
 */
package com.atlassian.scheduler.config;

public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
