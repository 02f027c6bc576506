package io.hindsight.timeline.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The record that a timeline entry was hidden: who, when and why. A row of its own, so hiding changes nothing
 * in the entry; the unique event id lets exactly one hide win when two nodes race.
 */
@Table(TimelineHideAo.TABLE)
public interface TimelineHideAo extends Entity {

    String TABLE = "TL_HIDE";

    String ID = "ID";
    String EVENT_ID = "EVENT_ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String HIDDEN_BY = "HIDDEN_BY";
    String HIDDEN_AT = "HIDDEN_AT";
    String REASON = "REASON";

    @NotNull
    @Unique
    int getEventId();

    @NotNull
    @Indexed
    long getIncidentId();

    @NotNull
    String getHiddenBy();

    @NotNull
    long getHiddenAt();

    // Up to 500 code points, which may exceed an indexable VARCHAR; never searched or sorted.
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();
}
