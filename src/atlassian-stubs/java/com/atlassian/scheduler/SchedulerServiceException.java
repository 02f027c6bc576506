/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Mirrors: atlassian-scheduler-api's checked exception thrown when a job cannot be scheduled. The FQN is from plugin
 * code; no Javadoc page was found by the docs search: UNCONFIRMED.
 */
package com.atlassian.scheduler;

public class SchedulerServiceException extends Exception {

    public SchedulerServiceException(String message) {
        super(message);
    }
}
