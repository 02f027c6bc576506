package io.hindsight.timeline;

import io.hindsight.incident.IncidentAccess;
import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.NotFoundException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Key moments: pinning timeline entries so that they show first. Reading needs view permission, pinning and
 * unpinning edit permission; the entries themselves never change.
 *
 * <p>Not final only so that each host can declare it as a product-filtered component by subclassing.
 */
public class TimelinePinService {

    /** Key moments are the few instants worth a first look; a long list would defeat pinning. */
    public static final int MAX_PINS = 50;

    private final IncidentAccess access;
    private final TimelineStore store;
    private final TimelinePins pins;
    private final CurrentUser currentUser;
    private final Clock clock;

    public TimelinePinService(IncidentAccess access, TimelineStore store, TimelinePins pins, CurrentUser currentUser,
            Clock clock) {
        this.access = access;
        this.store = store;
        this.pins = pins;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The incident's pinned entries, hidden ones included (they say so), oldest pin first. */
    public List<PinnedEntry> pinned(String incidentKey) {
        IncidentRef incident = access.forViewing(incidentKey);
        return pins.of(incident.id(), MAX_PINS);
    }

    /**
     * Pins an entry; pinning it again answers the pin that stands.
     *
     * @throws NotFoundException          when the entry is not on this incident (404)
     * @throws TimelinePinLimitException  when {@value #MAX_PINS} entries are pinned already (409)
     */
    public PinnedEntry pin(String incidentKey, long eventId) {
        IncidentRef incident = access.forEditing(incidentKey);
        TimelineEvent event = store.find(incident.id(), eventId).orElseThrow(() -> entryNotFound(incident, eventId));
        if (pins.count(incident.id()) >= MAX_PINS) {
            throw new TimelinePinLimitException(incident.key(), MAX_PINS);
        }
        TimelinePin pin = pins.pin(new TimelinePin(incident.id(), eventId, currentUser.requireUserKey(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        return new PinnedEntry(event, pin);
    }

    /** Unpins an entry; unpinning one that is not pinned changes nothing. 404 when the entry is not on the incident. */
    public void unpin(String incidentKey, long eventId) {
        IncidentRef incident = access.forEditing(incidentKey);
        store.find(incident.id(), eventId).orElseThrow(() -> entryNotFound(incident, eventId));
        pins.unpin(incident.id(), eventId);
    }

    private static NotFoundException entryNotFound(IncidentRef incident, long eventId) {
        return new NotFoundException("Timeline entry " + eventId + " does not exist on " + incident.key() + ".");
    }
}
