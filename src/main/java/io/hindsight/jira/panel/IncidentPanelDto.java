package io.hindsight.jira.panel;

import io.hindsight.incident.Severity;
import io.hindsight.jira.IncidentSnapshot;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything the issue-view panel template shows, as plain text it escapes on output. Immutable, and the only
 * object of Hindsight's the template calls besides {@link HtmlText}: each accessor it uses is in the descriptor's
 * velocity-allowlist.
 */
public record IncidentPanelDto(String incidentKey, String summary, String statusName, String severityCode,
        String severityLabel, String severityLozenge, String commanderName, String personalDataBreachKey,
        List<PanelRow> keyInstants, List<PanelRow> deadlines) {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public IncidentPanelDto {
        Objects.requireNonNull(incidentKey, "incidentKey");
        keyInstants = List.copyOf(keyInstants);
        deadlines = List.copyOf(deadlines);
    }

    static IncidentPanelDto of(String incidentKey, String summary, String statusName, IncidentSnapshot snapshot) {
        Severity severity = snapshot.severity();
        return new IncidentPanelDto(incidentKey, Objects.requireNonNullElse(summary, ""),
                Objects.requireNonNullElse(statusName, ""), severity == null ? "" : severity.code(),
                severity == null ? "" : severity.label(), lozenge(severity),
                Objects.requireNonNullElse(snapshot.commanderName(), ""), breachKey(snapshot.personalDataBreach()),
                rows(snapshot.keyInstants()), rows(snapshot.deadlines()));
    }

    public boolean hasSeverity() {
        return !severityCode.isEmpty();
    }

    public boolean hasCommander() {
        return !commanderName.isEmpty();
    }

    public boolean hasKeyInstants() {
        return !keyInstants.isEmpty();
    }

    public boolean hasDeadlines() {
        return !deadlines.isEmpty();
    }

    /** AUI lozenge modifiers: red for SEV-1, orange for SEV-2, grey below; constant class names, never input. */
    private static String lozenge(Severity severity) {
        if (severity == null) {
            return "aui-lozenge-subtle";
        }
        return switch (severity) {
            case SEV_1 -> "aui-lozenge-error";
            case SEV_2 -> "aui-lozenge-moved";
            case SEV_3 -> "aui-lozenge-current";
            case SEV_4 -> "aui-lozenge-default";
        };
    }

    private static String breachKey(Boolean breach) {
        if (breach == null) {
            return "hindsight.incident.panel.breach.unknown";
        }
        return breach ? "hindsight.incident.panel.breach.yes" : "hindsight.incident.panel.breach.no";
    }

    private static List<PanelRow> rows(List<IncidentSnapshot.Moment> moments) {
        return moments.stream().map(moment -> {
            Instant at = moment.at().truncatedTo(ChronoUnit.SECONDS);
            return new PanelRow(moment.labelKey(), at.toString(), READABLE.format(at));
        }).toList();
    }
}
