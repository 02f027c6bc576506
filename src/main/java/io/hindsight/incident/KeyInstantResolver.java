package io.hindsight.incident;

import io.hindsight.timeline.TimelineCursor;
import io.hindsight.timeline.TimelineEvent;
import io.hindsight.timeline.TimelineEventKind;
import io.hindsight.timeline.TimelinePage;
import io.hindsight.timeline.TimelineQuery;
import io.hindsight.timeline.TimelineService;
import io.hindsight.timeline.TimelineStore;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Derives the key instants that come from the timeline, reading a few bounded pages of the relevant kinds and never
 * a whole timeline. Values a person set win; mitigated and resolved come from the lifecycle and are kept as stored.
 *
 * <ul>
 *   <li>impact started: the earliest {@code alert-firing} entry's occurred-at;</li>
 *   <li>detected: the earliest moment Hindsight knew: the first {@code alert-firing} entry's recorded-at, or the
 *       declaration if that came first;</li>
 *   <li>acknowledged: the first {@code page-acknowledged} entry, or the first entry of a responding kind by a person,
 *       at or after detection.</li>
 * </ul>
 * Hidden entries (a test alert, a note on the wrong incident) count for nothing. A derived instant that would
 * break the order of key instants is left unknown rather than shown wrong.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class KeyInstantResolver {

    static final int PAGE_SIZE = 100;
    /** Reading stops after this many pages; an incident with more alerts than that is detected by its first ones. */
    static final int MAX_PAGES = 20;

    /** What a person does when responding; the first of these by a person acknowledges the incident. */
    static final Set<TimelineEventKind> RESPONDING = EnumSet.of(TimelineEventKind.PAGE_ACKNOWLEDGED,
            TimelineEventKind.DECLARED, TimelineEventKind.NOTE, TimelineEventKind.DECISION,
            TimelineEventKind.STATUS_PAGE_UPDATE, TimelineEventKind.FAILED_ATTEMPT, TimelineEventKind.COMMENT,
            TimelineEventKind.COMMANDER_CHANGED, TimelineEventKind.ASSIGNEE_CHANGED,
            TimelineEventKind.SEVERITY_CHANGED, TimelineEventKind.STATUS_CHANGED, TimelineEventKind.ROLLBACK);

    private final TimelineStore timeline;

    public KeyInstantResolver(TimelineStore timeline) {
        this.timeline = timeline;
    }

    /** The incident's key instants with the timeline-derived ones read afresh. */
    public KeyInstants resolve(IncidentState state) {
        KeyInstants stored = state.keyInstants();
        Optional<KeyInstantEntry> detected = manual(stored, KeyInstant.DETECTED).or(() -> detection(state));
        Optional<KeyInstantEntry> impact = manual(stored, KeyInstant.IMPACT_STARTED).or(() -> firstAlert(state)
                .filter(alert -> detected.isEmpty() || !alert.at().isAfter(detected.get().at())));
        Optional<KeyInstantEntry> acknowledged = manual(stored, KeyInstant.ACKNOWLEDGED)
                .or(() -> detected.flatMap(from -> firstResponse(state, from.at())));
        KeyInstants resolved = stored;
        resolved = put(resolved, KeyInstant.IMPACT_STARTED, impact);
        resolved = put(resolved, KeyInstant.DETECTED, detected);
        return put(resolved, KeyInstant.ACKNOWLEDGED, acknowledged);
    }

    private Optional<KeyInstantEntry> firstAlert(IncidentState state) {
        TimelinePage page = timeline.page(state.incidentId(), query(EnumSet.of(TimelineEventKind.ALERT_FIRING), null, 1));
        return page.events().stream().findFirst().map(KeyInstantEntry::derivedFrom);
    }

    /**
     * The earlier of the declaration and the first alert to reach Hindsight. Alerts are read in occurred-at order,
     * and no entry is recorded more than the allowed clock skew before it occurred, so reading stops at the first
     * alert that occurred too late to have been recorded before the best one so far.
     */
    private Optional<KeyInstantEntry> detection(IncidentState state) {
        KeyInstantEntry best = new KeyInstantEntry(state.declaredAt(), state.declaredEntryId(),
                TimelineEventKind.DECLARED);
        TimelineCursor cursor = null;
        for (int pages = 0; pages < MAX_PAGES; pages++) {
            TimelinePage page = timeline.page(state.incidentId(),
                    query(EnumSet.of(TimelineEventKind.ALERT_FIRING), cursor, PAGE_SIZE));
            for (TimelineEvent alert : page.events()) {
                if (alert.occurredAt().minus(TimelineService.MAX_CLOCK_SKEW).isAfter(best.at())) {
                    return Optional.of(best);
                }
                if (alert.recordedAt().isBefore(best.at())) {
                    best = KeyInstantEntry.derivedFromRecording(alert);
                }
            }
            cursor = page.next();
            if (cursor == null) {
                break;
            }
        }
        return Optional.of(best);
    }

    private Optional<KeyInstantEntry> firstResponse(IncidentState state, Instant detected) {
        // (detected, id 0) sorts before every entry that occurred at the detection instant: ids start at 1.
        TimelineCursor cursor = new TimelineCursor(detected.toEpochMilli(), 0);
        for (int pages = 0; pages < MAX_PAGES && cursor != null; pages++) {
            TimelinePage page = timeline.page(state.incidentId(), query(RESPONDING, cursor, PAGE_SIZE));
            Optional<TimelineEvent> response = page.events().stream().filter(KeyInstantResolver::isResponse).findFirst();
            if (response.isPresent()) {
                return response.map(KeyInstantEntry::derivedFrom);
            }
            cursor = page.next();
        }
        return Optional.empty();
    }

    private static boolean isResponse(TimelineEvent event) {
        return event.kind() == TimelineEventKind.PAGE_ACKNOWLEDGED || event.actorKey() != null;
    }

    private static TimelineQuery query(Set<TimelineEventKind> kinds, TimelineCursor after, int limit) {
        return new TimelineQuery(TimelineQuery.Order.OLDEST_FIRST, kinds, after, limit, false);
    }

    private static Optional<KeyInstantEntry> manual(KeyInstants stored, KeyInstant instant) {
        return stored.get(instant).filter(KeyInstantEntry::manual);
    }

    private static KeyInstants put(KeyInstants instants, KeyInstant instant, Optional<KeyInstantEntry> entry) {
        return entry.map(value -> instants.with(instant, value)).orElseGet(() -> instants.without(instant));
    }
}
