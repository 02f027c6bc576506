package io.hindsight.timeline.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.timeline.TimelineVersions;
import jakarta.inject.Named;
import net.java.ao.Query;

/**
 * The timeline's validator from counts on indexed columns, never from the entries themselves: entries and hides are
 * only ever inserted, so their counts grow with every append and hide. Pins can be deleted, so they count with their
 * highest id: ids only grow, so no two different sets of pins share both count and highest id.
 */
@Named
public final class AoTimelineVersions implements TimelineVersions {

    private final ActiveObjects ao;

    public AoTimelineVersions(@ComponentImport ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public String of(long incidentId) {
        int entries = ao.count(TimelineEventAo.class,
                Query.select().where(TimelineEventAo.INCIDENT_ID + " = ?", incidentId));
        int hidden = ao.count(TimelineHideAo.class,
                Query.select().where(TimelineHideAo.INCIDENT_ID + " = ?", incidentId));
        TimelinePinAo[] newestPin = ao.find(TimelinePinAo.class, Query.select(TimelinePinAo.ID)
                .where(TimelinePinAo.INCIDENT_ID + " = ?", incidentId).order(TimelinePinAo.ID + " DESC").limit(1));
        int pins = newestPin.length == 0 ? 0 : ao.count(TimelinePinAo.class,
                Query.select().where(TimelinePinAo.INCIDENT_ID + " = ?", incidentId));
        int newestPinId = newestPin.length == 0 ? 0 : newestPin[0].getID();
        return entries + "." + hidden + "." + pins + "." + newestPinId;
    }
}
