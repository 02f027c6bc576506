/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (scheduleJob takes a com.atlassian.scheduler.config.JobConfig). Mirrors plugin code: a final class, static JobConfig
 * forJobRunnerKey(JobRunnerKey), and withRunMode(RunMode) and withSchedule(Schedule) returning a new JobConfig.
 * UNCONFIRMED by Javadoc (CONFIRMED code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler.config;

public final class JobConfig {

    // Stand-in behaviour for the tests: a value, equal to another made the same way.
    private final String value;

    private JobConfig(String value) {
        this.value = value;
    }

    public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
        return new JobConfig(String.valueOf(jobRunnerKey));
    }

    public JobConfig withRunMode(RunMode runMode) {
        return new JobConfig(value + " " + runMode);
    }

    public JobConfig withSchedule(Schedule schedule) {
        return new JobConfig(value + " " + schedule);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobConfig that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
