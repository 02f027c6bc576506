package io.hindsight.metrics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Which rollup row an incident was last counted in. When a change moves an incident to another severity, project or
 * day, the refresh must recount the row it left as well as the one it joined; this is where it learns the first.
 */
@Table(MetricMemberAo.TABLE)
public interface MetricMemberAo extends Entity {

    String TABLE = "METRIC_MEMBER";

    String INCIDENT_ID = "INCIDENT_ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String SEVERITY = "SEVERITY";
    String DAY_NO = "DAY_NO";

    @NotNull
    @Unique
    long getIncidentId();

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    @StringLength(10)
    String getSeverity();

    @NotNull
    int getDayNo();
}
