package io.hindsight.timeline.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A pinned timeline entry (a key moment): who pinned it and when. A row of its own, so pinning changes nothing in the
 * entry; the unique event id lets exactly one pin win when two nodes race. Unpinning deletes the row.
 */
@Table(TimelinePinAo.TABLE)
public interface TimelinePinAo extends Entity {

    String TABLE = "TL_PIN";

    String ID = "ID";
    String EVENT_ID = "EVENT_ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String PINNED_BY = "PINNED_BY";
    String PINNED_AT = "PINNED_AT";

    @NotNull
    @Unique
    int getEventId();

    @NotNull
    @Indexed
    long getIncidentId();

    @NotNull
    String getPinnedBy();

    @NotNull
    long getPinnedAt();
}
