package io.hindsight.incident.rest;

import io.hindsight.incident.DeadlineView;
import io.hindsight.incident.IncidentState;
import io.hindsight.incident.IncidentTransition;
import io.hindsight.incident.IncidentView;
import io.hindsight.incident.KeyInstant;
import io.hindsight.incident.MetricsExclusion;
import io.hindsight.incident.KeyInstantEntry;
import io.hindsight.incident.PostmortemRecord;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An incident on the wire: codes for severity, status and transitions, ISO-8601 UTC instants, user keys for people.
 * Every key is always present; unknown values are {@code null}. {@code keyInstants} has all five instants.
 *
 * @param version               counts the changes to the incident's state
 * @param postmortemRequirement what the incident's severity requires: {@code required}, {@code optional}, {@code none}
 * @param metricsExclusion      {@code game-day} or {@code maintenance} when the metrics leave it out; {@code null}
 */
public record IncidentDto(
        String key,
        String projectKey,
        String summary,
        String severity,
        String severityLabel,
        Instant severitySince,
        String status,
        String statusLabel,
        String commander,
        String declaredBy,
        Instant declaredAt,
        int version,
        Map<String, KeyInstantDto> keyInstants,
        List<DeadlineDto> deadlines,
        List<TransitionDto> availableTransitions,
        String postmortemRequirement,
        PostmortemDto postmortem,
        PersonalDataBreachDto personalDataBreach,
        String metricsExclusion) {

    public static IncidentDto from(IncidentView view) {
        IncidentState state = view.state();
        Map<String, KeyInstantDto> instants = new LinkedHashMap<>();
        for (KeyInstant instant : KeyInstant.values()) {
            instants.put(instant.code(), view.keyInstants().get(instant).map(KeyInstantDto::from).orElse(null));
        }
        return new IncidentDto(state.incident().key(), state.incident().projectKey(), state.incident().summary(),
                state.severity().code(), state.severity().label(), state.severitySince(), state.status().code(),
                state.status().label(), state.commanderKey(), state.declaredBy(), state.declaredAt(), state.version(),
                instants, view.deadlines().stream().map(DeadlineDto::from).toList(),
                view.availableTransitions().stream().map(TransitionDto::from).toList(),
                view.severityPolicy().postmortem().code(), PostmortemDto.from(state.postmortem()),
                state.isPersonalDataBreach() ? new PersonalDataBreachDto(state.personalDataBreachAwareAt()) : null,
                state.metricsExclusion().map(MetricsExclusion::code).orElse(null));
    }

    /**
     * A key instant and the timeline entry it came from.
     *
     * @param source {@code manual} when a person set it, {@code derived} when a rule read it from the entry
     */
    public record KeyInstantDto(Instant at, String source, long entryId, String entryKind) {

        static KeyInstantDto from(KeyInstantEntry entry) {
            return new KeyInstantDto(entry.at(), entry.manual() ? "manual" : "derived", entry.entryId(),
                    entry.entryKind().code());
        }
    }

    /**
     * A deadline and where it stands now.
     *
     * @param status {@code on-track}, {@code due-soon}, {@code met} or {@code breached}
     */
    public record DeadlineDto(String clock, String label, Instant startedAt, Instant dueAt, Instant dueSoonFrom,
            Instant metAt, String status) {

        static DeadlineDto from(DeadlineView view) {
            return new DeadlineDto(view.deadline().clock().code(), view.deadline().clock().label(),
                    view.deadline().startedAt(), view.deadline().dueAt(), view.dueSoonFrom(), view.deadline().metAt(),
                    view.status().code());
        }
    }

    /** A transition the incident can take now, and the status it leads to. */
    public record TransitionDto(String transition, String label, String to) {

        static TransitionDto from(IncidentTransition transition) {
            return new TransitionDto(transition.code(), transition.label(), transition.to().code());
        }
    }

    /** The recorded post-mortem: link, review status, who recorded it and when, and when it was first published. */
    public record PostmortemDto(String url, String status, String recordedBy, Instant recordedAt, Instant publishedAt) {

        static PostmortemDto from(PostmortemRecord record) {
            return record == null ? null : new PostmortemDto(record.url(), record.status().code(),
                    record.recordedBy(), record.recordedAt(), record.publishedAt());
        }
    }

    /** The personal-data-breach flag: when the organisation became aware. */
    public record PersonalDataBreachDto(Instant awareAt) {
    }
}
