package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim that one node handled one missed deadline: unique per breach across the cluster, written in the
 * transaction that records and notifies it, never updated.
 */
@Table(BreachClaimAo.TABLE)
public interface BreachClaimAo extends Entity {

    String TABLE = "INC_BREACH";

    String ID = "ID";
    String BREACH_KEY = "BREACH_KEY";
    String INCIDENT_ID = "INCIDENT_ID";
    String DEADLINE_CLOCK = "DEADLINE_CLOCK";
    String DUE_AT = "DUE_AT";
    String CLAIMED_AT = "CLAIMED_AT";

    /** {@code <incident id>:<clock>:<due millis>}, see {@code Breach.key()}. */
    @NotNull
    @Unique
    @StringLength(100)
    String getBreachKey();

    @NotNull
    @Indexed
    long getIncidentId();

    @NotNull
    @StringLength(40)
    String getDeadlineClock();

    @NotNull
    long getDueAt();

    @NotNull
    long getClaimedAt();
}
