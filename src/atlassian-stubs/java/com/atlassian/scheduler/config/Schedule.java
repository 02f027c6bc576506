/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-bamboo/9.2.11/com/atlassian/bamboo/schedule/AtlassianSchedulerServiceImpl.html
 * (calculateNextRunTime takes a com.atlassian.scheduler.config.Schedule). Mirrors plugin code: a final class with
 * static Schedule forInterval(long intervalInMillis, Date firstRunTime), null meaning as soon as possible.
 * UNCONFIRMED by Javadoc (CONFIRMED code); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler.config;

import java.util.Date;

public final class Schedule {

    // Stand-in behaviour for the tests: a value, equal to another made the same way.
    private final String value;

    private Schedule(String value) {
        this.value = value;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        return new Schedule("every " + intervalInMillis + " ms from " + firstRunTime);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Schedule that && value.equals(that.value);
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
