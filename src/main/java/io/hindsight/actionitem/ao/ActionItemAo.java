package io.hindsight.actionitem.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The mirror of one action-item issue, one row per issue, updated in place. Instants are epoch milliseconds (UTC).
 * Indexed for the metrics' query paths: by project and creation time (closure), by owner, by due instant (overdue).
 */
@Table(ActionItemAo.TABLE)
public interface ActionItemAo extends Entity {

    String TABLE = "ACTION_ITEM";

    String ID = "ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String INCIDENT_ID = "INCIDENT_ID";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String OWNER_KEY = "OWNER_KEY";
    String DUE_AT = "DUE_AT";
    String PRIORITY = "PRIORITY";
    String ITEM_TYPE = "ITEM_TYPE";
    String CREATED_AT = "CREATED_AT";
    String CLOSED_AT = "CLOSED_AT";

    @NotNull
    @Unique
    String getIssueKey();

    void setIssueKey(String value);

    @NotNull
    @Indexed
    long getIncidentId();

    void setIncidentId(long value);

    @NotNull
    String getIncidentKey();

    void setIncidentKey(String value);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String value);

    @Indexed
    String getOwnerKey();

    void setOwnerKey(String value);

    @Indexed
    Long getDueAt();

    void setDueAt(Long value);

    @StringLength(40)
    String getPriority();

    void setPriority(String value);

    @NotNull
    @StringLength(20)
    String getItemType();

    void setItemType(String value);

    @NotNull
    @Indexed
    long getCreatedAt();

    void setCreatedAt(long value);

    @Indexed
    Long getClosedAt();

    void setClosedAt(Long value);
}
