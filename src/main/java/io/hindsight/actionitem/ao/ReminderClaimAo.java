package io.hindsight.actionitem.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * The claim that one reminder was sent: unique per person, kind and interval across the cluster, written before the
 * mail is sent (deleted again when it could not be), and forgotten some intervals later.
 */
@Table(ReminderClaimAo.TABLE)
public interface ReminderClaimAo extends Entity {

    String TABLE = "REMINDER_CLAIM";

    String ID = "ID";
    String CLAIM_KEY = "CLAIM_KEY";
    String CLAIMED_AT = "CLAIMED_AT";

    /** {@code <kind>:<user key>@<interval number>}; long user keys are replaced by their SHA-256. */
    @NotNull
    @Unique
    @StringLength(255)
    String getClaimKey();

    @NotNull
    @Indexed
    long getClaimedAt();
}
