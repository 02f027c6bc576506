package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** The settings of one deadline clock in one revision of the response policy. Never updated. */
@Table(PolicyClockAo.TABLE)
public interface PolicyClockAo extends Entity {

    String TABLE = "INC_POLICY_CLK";

    String ID = "ID";
    String REVISION = "REVISION";
    String DEADLINE_CLOCK = "DEADLINE_CLOCK";
    String DUE_SOON_MS = "DUE_SOON_MS";
    String ALSO_NOTIFY = "ALSO_NOTIFY";

    @NotNull
    @Indexed
    int getRevision();

    @NotNull
    @StringLength(40)
    String getDeadlineClock();

    @NotNull
    long getDueSoonMs();

    /** User keys, one per line (a user key holds no line break); NULL for nobody. */
    @StringLength(StringLength.UNLIMITED)
    String getAlsoNotify();
}
