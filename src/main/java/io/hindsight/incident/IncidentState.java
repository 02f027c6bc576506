package io.hindsight.incident;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Hindsight knows of one incident as queryable data: severity, status, key instants, post-mortem, the
 * personal-data-breach flag and the deadlines. In Jira the issue holds status and fields too; this is Hindsight's
 * own copy, kept in step by {@link IncidentService}. Immutable: every change makes a new state, one version higher.
 *
 * @param version                   counts the changes; two writers of the same version cannot both succeed
 * @param severitySince             when the incident reached its current severity (declaration or last change)
 * @param declaredEntryId           the {@code declared} timeline entry
 * @param commanderKey              the incident commander's user key
 * @param postmortem                {@code null} until a post-mortem is recorded
 * @param personalDataBreachAwareAt when the organisation became aware of a personal-data breach; {@code null} when
 *                                  the incident is not flagged as one
 * @param exclusion                 why the metrics leave the incident out (a game day, maintenance); {@code null} when
 *                                  it counts
 */
public record IncidentState(
        IncidentRef incident,
        int version,
        Severity severity,
        Instant severitySince,
        IncidentStatus status,
        Instant declaredAt,
        String declaredBy,
        long declaredEntryId,
        String commanderKey,
        KeyInstants keyInstants,
        PostmortemRecord postmortem,
        Instant personalDataBreachAwareAt,
        Deadlines deadlines,
        MetricsExclusion exclusion) {

    public IncidentState {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(severitySince, "severitySince");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(declaredBy, "declaredBy");
        Objects.requireNonNull(commanderKey, "commanderKey");
        keyInstants = Objects.requireNonNullElse(keyInstants, KeyInstants.none());
        deadlines = Objects.requireNonNullElse(deadlines, Deadlines.none());
    }

    /** A state that the metrics count: the shape every state had before exclusions existed. */
    public IncidentState(IncidentRef incident, int version, Severity severity, Instant severitySince,
            IncidentStatus status, Instant declaredAt, String declaredBy, long declaredEntryId, String commanderKey,
            KeyInstants keyInstants, PostmortemRecord postmortem, Instant personalDataBreachAwareAt,
            Deadlines deadlines) {
        this(incident, version, severity, severitySince, status, declaredAt, declaredBy, declaredEntryId,
                commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, null);
    }

    public Optional<MetricsExclusion> metricsExclusion() {
        return Optional.ofNullable(exclusion);
    }

    public long incidentId() {
        return incident.id();
    }

    public Optional<PostmortemRecord> postmortemRecord() {
        return Optional.ofNullable(postmortem);
    }

    public boolean hasPublishedPostmortem() {
        return postmortem != null && postmortem.isPublished();
    }

    public boolean isPersonalDataBreach() {
        return personalDataBreachAwareAt != null;
    }

    /** This state as the next version: the copy every change starts from. */
    public IncidentState nextVersion() {
        return new IncidentState(incident, version + 1, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, exclusion);
    }

    /** The same state for a host incident whose key or summary changed (an issue moved to another project). */
    public IncidentState withIncident(IncidentRef current) {
        return new IncidentState(current, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, exclusion);
    }

    public IncidentState withSeverity(Severity value, Instant since) {
        return new IncidentState(incident, version, value, since, status, declaredAt, declaredBy, declaredEntryId,
                commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, exclusion);
    }

    public IncidentState withStatus(IncidentStatus value) {
        return new IncidentState(incident, version, severity, severitySince, value, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, exclusion);
    }

    public IncidentState withKeyInstants(KeyInstants value) {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, value, postmortem, personalDataBreachAwareAt, deadlines, exclusion);
    }

    public IncidentState withPostmortem(PostmortemRecord value) {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, value, personalDataBreachAwareAt, deadlines, exclusion);
    }

    public IncidentState withPersonalDataBreachAwareAt(Instant value) {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, value, deadlines, exclusion);
    }

    public IncidentState withExclusion(MetricsExclusion value) {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, deadlines, value);
    }

    public IncidentState withDeadlines(Deadlines value) {
        return new IncidentState(incident, version, severity, severitySince, status, declaredAt, declaredBy,
                declaredEntryId, commanderKey, keyInstants, postmortem, personalDataBreachAwareAt, value, exclusion);
    }
}
