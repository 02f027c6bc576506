package io.hindsight.jira;

import io.hindsight.incident.Severity;
import java.time.Instant;
import java.util.List;

/**
 * What the issue view shows of an incident besides Jira's own fields: severity, commander, the personal-data flag,
 * key instants and deadlines. Labels are i18n keys.
 *
 * @param severity           null while unset
 * @param commanderName      display name, null while nobody commands
 * @param personalDataBreach null while nobody has assessed it
 */
public record IncidentSnapshot(Severity severity, String commanderName, Boolean personalDataBreach,
        List<Moment> keyInstants, List<Moment> deadlines) {

    /** An instant with what it marks, e.g. {@code hindsight.incident.instant.impactStarted}. */
    public record Moment(String labelKey, Instant at) {
    }

    public IncidentSnapshot {
        keyInstants = List.copyOf(keyInstants);
        deadlines = List.copyOf(deadlines);
    }
}
