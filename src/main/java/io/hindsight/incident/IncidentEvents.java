package io.hindsight.incident;

import io.hindsight.timeline.AppendTimelineEventCommand;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineSource;
import java.time.Instant;

/**
 * The one recorder of incident state changes on the timeline: declaration, severity and status changes, key instants
 * set by hand, post-mortem reports, deadlines met and breached, and the personal-data-breach flag, each with who,
 * when and why. Entries are written through {@link TimelineService#record} with the source {@code hindsight}.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class IncidentEvents {

    private final TimelineService timeline;

    public IncidentEvents(TimelineService timeline) {
        this.timeline = timeline;
    }

    /** @param reason why it was declared, when not a person's own decision (e.g. which alert rule); may be null */
    public TimelineEvent declared(IncidentRef incident, String actorKey, Instant at, Severity severity,
            String reason) {
        return write(incident, actorKey, at, TimelineEventKind.DECLARED,
                "Incident declared as " + severity.code() + " (" + severity.label() + ")", reason, null, null);
    }

    public TimelineEvent severityChanged(IncidentRef incident, String actorKey, Instant at, Severity from, Severity to,
            String reason) {
        return write(incident, actorKey, at, TimelineEventKind.SEVERITY_CHANGED,
                "Severity changed from " + from.code() + " to " + to.code(), reason, null, null);
    }

    public TimelineEvent statusChanged(IncidentRef incident, String actorKey, Instant at, IncidentStatus from,
            IncidentTransition transition, String reason) {
        return write(incident, actorKey, at, TimelineEventKind.STATUS_CHANGED,
                "Status changed from " + from.label() + " to " + transition.to().label(), reason, null, null);
    }

    /** A key instant set by hand: the entry occurs at the instant itself and keeps when it was recorded. */
    public TimelineEvent keyInstantSet(IncidentRef incident, String actorKey, KeyInstant instant, Instant at,
            String reason) {
        return write(incident, actorKey, at, TimelineEventKind.KEY_INSTANT, instant.label() + " (set by hand)",
                reason, null, null);
    }

    public TimelineEvent postmortemRecorded(IncidentRef incident, String actorKey, Instant at, PostmortemRecord record) {
        return write(incident, actorKey, at, TimelineEventKind.POSTMORTEM_RECORDED,
                "Post-mortem recorded as " + record.status().code(), null, record.url(), null);
    }

    public TimelineEvent deadlineMet(IncidentRef incident, String actorKey, DeadlineClock clock, Instant at,
            String reason) {
        String summary = switch (clock) {
            case EXECUTIVE_NOTIFICATION -> "Executives notified";
            case PERSONAL_DATA_BREACH -> "Supervisory authority notified of the personal-data breach";
            case POSTMORTEM -> "Post-mortem published";
        };
        return write(incident, actorKey, at, TimelineEventKind.DEADLINE_MET, summary, reason, null, null);
    }

    /**
     * A breach found by the deadline job: no actor, occurring at the due instant. {@code breachKey} is the entry's
     * external id, so recording the same breach twice stores it once.
     */
    public TimelineEvent deadlineBreached(IncidentRef incident, Deadline deadline, String breachKey) {
        return write(incident, null, deadline.dueAt(), TimelineEventKind.DEADLINE_BREACHED,
                deadline.clock().label() + " deadline missed (due " + deadline.dueAt() + ")", null, null, breachKey);
    }

    public TimelineEvent personalDataBreachFlagged(IncidentRef incident, String actorKey, Instant awareAt,
            String reason) {
        return write(incident, actorKey, awareAt, TimelineEventKind.PERSONAL_DATA_BREACH_FLAGGED,
                "Flagged as a personal-data breach; notify the supervisory authority by "
                        + awareAt.plus(DeadlineClock.PERSONAL_DATA_BREACH_NOTICE), reason, null, null);
    }

    /** Recorded as a note: whether an incident counts in the metrics is a decision people make and explain. */
    public TimelineEvent exclusionChanged(IncidentRef incident, String actorKey, Instant at, MetricsExclusion to,
            String reason) {
        String summary = to == null ? "Counted in the metrics again"
                : "Left out of the metrics as " + to.code().replace('-', ' ');
        return write(incident, actorKey, at, TimelineEventKind.NOTE, summary, reason, null, null);
    }

    private TimelineEvent write(IncidentRef incident, String actorKey, Instant at, TimelineEventKind kind,
            String summary, String details, String link, String externalId) {
        return timeline.record(incident, actorKey, new AppendTimelineEventCommand(at, kind, TimelineSource.HINDSIGHT,
                summary, details, link, externalId)).event();
    }
}
