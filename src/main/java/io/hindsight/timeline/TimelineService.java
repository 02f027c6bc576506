package io.hindsight.timeline;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The use cases of an incident's timeline: append, read in pages, hide. Every call checks the current user's
 * permission on the incident first; entries are never changed in place or deleted.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing
 * (see {@code io.hindsight.jira}); nothing overrides its behaviour.
 */
public class TimelineService {

    /** Clocks of monitoring systems drift; anything further ahead than this is a mistake, not skew. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);
    /** Nothing in a Hindsight timeline predates the year 2000; earlier instants are typos (or epoch seconds). */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final int MAX_HIDE_REASON = 500;

    private final IncidentAccess access;
    private final TimelineStore store;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TimelineService(IncidentAccess access, TimelineStore store, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.store = store;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Appends as the current user, who must be allowed to edit the incident. */
    public AppendResult append(String incidentKey, AppendTimelineEventCommand command) {
        IncidentRef incident = access.forEditing(incidentKey);
        return record(incident, currentUser.requireUserKey(), command);
    }

    /**
     * Appends on behalf of a trusted part of Hindsight (a workflow listener, an authenticated webhook) that has
     * already established the right to write. {@code actorKey} is {@code null} for machine sources.
     */
    public AppendResult record(IncidentRef incident, String actorKey, AppendTimelineEventCommand command) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return store.append(newEvent(incident, actorKey, command, now));
    }

    /**
     * Like {@link #record} for many entries of one incident at once (a webhook's batch): all are checked before
     * any is stored, and the store writes them together. Results are in the order of {@code commands}.
     */
    public List<AppendResult> recordAll(IncidentRef incident, String actorKey, List<AppendTimelineEventCommand> commands) {
        return recordAll(actorKey, Map.of(incident, commands)).get(incident);
    }

    /**
     * Like {@link #recordAll(IncidentRef, String, List)} for the entries of several incidents, stored in one batch
     * (one commit, where the store has transactions): what one webhook delivery carries. Results per incident, in
     * the order of its commands.
     */
    public Map<IncidentRef, List<AppendResult>> recordAll(String actorKey,
            Map<IncidentRef, List<AppendTimelineEventCommand>> commandsByIncident) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<NewTimelineEvent> events = new ArrayList<>();
        commandsByIncident.forEach((incident, commands) -> commands.forEach(
                command -> events.add(newEvent(incident, actorKey, command, now))));
        List<AppendResult> results = store.appendAll(events);
        Map<IncidentRef, List<AppendResult>> byIncident = new LinkedHashMap<>();
        int next = 0;
        for (Map.Entry<IncidentRef, List<AppendTimelineEventCommand>> entry : commandsByIncident.entrySet()) {
            byIncident.put(entry.getKey(), results.subList(next, next + entry.getValue().size()));
            next += entry.getValue().size();
        }
        return byIncident;
    }

    /**
     * The instant an entry would be stored at for {@code requested}: truncated to milliseconds, and refused with a
     * 400 naming {@code field} when it is too far in the future or before {@link #EARLIEST}. Lets a caller with many
     * entries check them all before storing any.
     */
    public Instant checkOccurredAt(Instant requested, String field) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return checkedOccurredAt(requested, now, field);
    }

    /**
     * Every entry of the incident, oldest first, for an export: read lazily a page at a time as the result is
     * iterated, so that a timeline of any length never sits in memory whole. The permission check happens now.
     */
    public TimelineExport export(String incidentKey, boolean includeHidden) {
        IncidentRef incident = access.forViewing(incidentKey);
        return new TimelineExport(incident, () -> new TimelinePages(store, incident.id(), includeHidden));
    }

    public TimelinePage list(String incidentKey, TimelineQuery query) {
        IncidentRef incident = access.forViewing(incidentKey);
        return store.page(incident.id(), query);
    }

    public TimelineEvent get(String incidentKey, long eventId) {
        IncidentRef incident = access.forViewing(incidentKey);
        return store.find(incident.id(), eventId).orElseThrow(() -> entryNotFound(incident, eventId));
    }

    /**
     * Hides an entry from the default view, keeping its content and recording who hid it, when and why.
     *
     * @throws TimelineEventAlreadyHiddenException when the entry is hidden already (409)
     */
    public TimelineEvent hide(String incidentKey, long eventId, String reason) {
        IncidentRef incident = access.forEditing(incidentKey);
        String checkedReason = Text.required("reason", reason, MAX_HIDE_REASON);
        TimelineEvent event = store.find(incident.id(), eventId).orElseThrow(() -> entryNotFound(incident, eventId));
        if (event.isHidden()) {
            throw new TimelineEventAlreadyHiddenException(eventId);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return store.hide(incident.id(), eventId,
                new TimelineEvent.Hidden(currentUser.requireUserKey(), now, checkedReason));
    }

    private static NewTimelineEvent newEvent(IncidentRef incident, String actorKey, AppendTimelineEventCommand command,
            Instant now) {
        Instant occurredAt = checkedOccurredAt(command.occurredAt(), now, "occurredAt");
        return new NewTimelineEvent(incident.id(), occurredAt, now, command.kind(), command.source(), actorKey,
                command.summary(), command.details(), command.evidenceLink(), command.externalId());
    }

    private static Instant checkedOccurredAt(Instant requested, Instant now, String field) {
        if (requested == null) {
            return now;
        }
        Instant occurredAt = requested.truncatedTo(ChronoUnit.MILLIS);
        if (occurredAt.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new InvalidInputException(field, "An entry cannot happen more than "
                    + MAX_CLOCK_SKEW.toMinutes() + " minutes in the future (server time " + now + "); " + field
                    + " is " + occurredAt + ".");
        }
        if (occurredAt.isBefore(EARLIEST)) {
            throw new InvalidInputException(field, "An entry cannot happen before " + EARLIEST + "; " + field + " is "
                    + occurredAt + ".");
        }
        return occurredAt;
    }

    private static NotFoundException entryNotFound(IncidentRef incident, long eventId) {
        return new NotFoundException("Timeline entry " + eventId + " does not exist on " + incident.key() + ".");
    }
}
