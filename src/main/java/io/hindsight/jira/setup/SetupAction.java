package io.hindsight.jira.setup;

import java.util.Objects;

/**
 * One thing setup did or found: the Incident issue type, a field, a status, the workflow.
 *
 * @param subject what it concerns, e.g. {@code field Severity}
 * @param detail what happened, for the admin who reads the health report
 */
public record SetupAction(Outcome outcome, String subject, String detail) {

    /** What setup did about the subject. */
    public enum Outcome {
        /** It did not exist and was created. */
        CREATED,
        /** It had been created before, had gone (or lost parts), and was created again. */
        REPAIRED,
        /** It exists as it should; nothing done. */
        PRESENT,
        /** It is wrong and setup could not fix it; an admin must act. */
        FAILED
    }

    public SetupAction {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(subject, "subject");
        detail = detail == null ? "" : detail;
    }

    public boolean isProblem() {
        return outcome == Outcome.FAILED;
    }
}
