package io.hindsight.metrics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The recorded cause of one incident and the earlier incident it repeats, if any. Indexed by service and declaration
 * time for the candidate search a new cause makes.
 */
@Table(IncidentCauseAo.TABLE)
public interface IncidentCauseAo extends Entity {

    String TABLE = "INC_CAUSE";

    String INCIDENT_ID = "INCIDENT_ID";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String SERVICE = "SERVICE";
    String LABELS = "LABELS";
    String ROOT_CAUSE = "ROOT_CAUSE";
    String DECLARED_AT = "DECLARED_AT";
    String REPEAT_OF = "REPEAT_OF";
    String REPEAT_OF_KEY = "REPEAT_OF_KEY";

    @NotNull
    @Unique
    long getIncidentId();

    void setIncidentId(long value);

    @NotNull
    String getIncidentKey();

    void setIncidentKey(String value);

    @NotNull
    String getProjectKey();

    void setProjectKey(String value);

    @NotNull
    @Indexed
    String getService();

    void setService(String value);

    /** Comma-separated, lower-case, sorted. */
    @StringLength(StringLength.UNLIMITED)
    String getLabels();

    void setLabels(String value);

    @StringLength(StringLength.UNLIMITED)
    String getRootCause();

    void setRootCause(String value);

    @NotNull
    @Indexed
    long getDeclaredAt();

    void setDeclaredAt(long value);

    Long getRepeatOf();

    void setRepeatOf(Long value);

    String getRepeatOfKey();

    void setRepeatOfKey(String value);
}
