package io.hindsight.jira.rest;

import io.hindsight.jira.setup.SetupReport;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The health report of Hindsight's last setup run: {@code healthy} is false while any action failed, and each
 * action says what setup did about one thing (created, repaired, present, failed).
 */
public record SetupReportDto(Instant ranAt, boolean healthy, List<ActionDto> actions) {

    /** One thing setup did or found. */
    public record ActionDto(String outcome, String subject, String detail) {
    }

    static SetupReportDto from(SetupReport report) {
        return new SetupReportDto(report.ranAt(), !report.hasProblems(), report.actions().stream()
                .map(action -> new ActionDto(action.outcome().name().toLowerCase(Locale.ROOT),
                        action.subject(), action.detail()))
                .toList());
    }
}
