package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** What one severity level requires in one revision of the response policy. Never updated. */
@Table(PolicyLevelAo.TABLE)
public interface PolicyLevelAo extends Entity {

    String TABLE = "INC_POLICY_LVL";

    String ID = "ID";
    String REVISION = "REVISION";
    String SEVERITY = "SEVERITY";
    String EXEC_NOTIFY_MS = "EXEC_NOTIFY_MS";
    String POSTMORTEM = "POSTMORTEM";
    String PM_DUE_KIND = "PM_DUE_KIND";
    String PM_DUE_AMOUNT = "PM_DUE_AMOUNT";

    @NotNull
    @Indexed
    int getRevision();

    @NotNull
    @StringLength(10)
    String getSeverity();

    /** NULL when the level does not notify executives. */
    Long getExecNotifyMs();

    @NotNull
    @StringLength(20)
    String getPostmortem();

    /** {@code elapsed} or {@code business-days}; NULL when no post-mortem is required. */
    @StringLength(20)
    String getPmDueKind();

    /** Milliseconds for {@code elapsed}, days for {@code business-days}. */
    Long getPmDueAmount();
}
