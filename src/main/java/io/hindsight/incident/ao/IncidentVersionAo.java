package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim on one version of an incident's state: written in the transaction that stores that version, and unique,
 * so that of two nodes changing the same incident at once exactly one gets through and the other retries. AO has no
 * conditional update; a unique insert is its portable compare-and-set.
 */
@Table(IncidentVersionAo.TABLE)
public interface IncidentVersionAo extends Entity {

    String TABLE = "INC_VERSION";

    String ID = "ID";
    String VERSION_KEY = "VERSION_KEY";
    String INCIDENT_ID = "INCIDENT_ID";
    String STATE_VERSION = "STATE_VERSION";

    /** {@code <incident id>:<version>}, never NULL (SQL Server allows one NULL in a unique column). */
    @NotNull
    @Unique
    @StringLength(64)
    String getVersionKey();

    @NotNull
    @Indexed
    long getIncidentId();

    @NotNull
    int getStateVersion();
}
