/*
 * Compile-only stand-in, never packaged: the host provides atlassian-scheduler.
 * Javadoc: https://docs.atlassian.com/atlassian-scheduler-api/1.6.0/atlassian-scheduler-api/apidocs/com/atlassian/scheduler/class-use/JobRunnerResponse.html
 * (atlassian-scheduler-api 1.6.0): static JobRunnerResponse success(String message) and failed(Throwable cause).
 * CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.scheduler;

public class JobRunnerResponse {

    // Stand-in behaviour for the tests: the message or failure it was made with.
    private final String text;

    private JobRunnerResponse(String text) {
        this.text = text;
    }

    public static JobRunnerResponse success(String message) {
        return new JobRunnerResponse("success: " + message);
    }

    public static JobRunnerResponse failed(Throwable cause) {
        return new JobRunnerResponse("failed: " + cause);
    }

    @Override
    public String toString() {
        return text;
    }
}
