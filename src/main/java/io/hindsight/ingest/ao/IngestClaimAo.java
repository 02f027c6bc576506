package io.hindsight.ingest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim of one generation of an incident group: inserted by the one delivery that wins the unique
 * {@link #getClaimKey() claim key}, then settled with the incident it declared (or marked abandoned).
 */
@Table(IngestClaimAo.TABLE)
public interface IngestClaimAo extends Entity {

    String TABLE = "ING_CLAIM";

    String ID = "ID";
    String CLAIM_KEY = "CLAIM_KEY";
    String GROUP_HASH = "GROUP_HASH";
    String GENERATION = "GENERATION";
    String PROJECT_KEY = "PROJECT_KEY";
    String GROUP_NAME = "GROUP_NAME";
    String CLAIMED_AT = "CLAIMED_AT";
    String INCIDENT_ID = "INCIDENT_ID";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String ABANDONED = "ABANDONED";

    /** Group hash and generation. */
    @NotNull
    @Unique
    @StringLength(80)
    String getClaimKey();

    @NotNull
    @Indexed
    @StringLength(64)
    String getGroupHash();

    @NotNull
    int getGeneration();

    @NotNull
    @StringLength(60)
    String getProjectKey();

    /** For people reading the table; never searched. */
    @StringLength(StringLength.UNLIMITED)
    String getGroupName();

    @NotNull
    long getClaimedAt();

    @NotNull
    long getIncidentId();

    void setIncidentId(long incidentId);

    @StringLength(80)
    String getIncidentKey();

    void setIncidentKey(String incidentKey);

    @NotNull
    boolean getAbandoned();

    void setAbandoned(boolean abandoned);
}
