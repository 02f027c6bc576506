/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler/2.0.0/apidocs/com/atlassian/scheduler/JobRunner.html
 * (the parameter of runJob, an interface in com.atlassian.scheduler). Hindsight reads nothing from it. CONFIRMED (doc).
 */
package com.atlassian.scheduler;

public interface JobRunnerRequest {
}
