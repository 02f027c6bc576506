/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/SchedulerService.html
 * (its methods take com.atlassian.scheduler.config.JobId). Mirrors plugin code: a final class with static JobId
 * of(String). The factory is UNCONFIRMED by Javadoc (CONFIRMED code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler.config;

public final class JobId {

    // Stand-in behaviour for the tests: a value, equal to another made the same way.
    private final String value;

    private JobId(String value) {
        this.value = value;
    }

    public static JobId of(String value) {
        return new JobId(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && value.equals(that.value);
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
