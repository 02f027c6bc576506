package io.hindsight.standalone.notify;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One message the embedded host would have mailed: it has no mail server, so messages stay here for admins to read. */
@Table(StandaloneOutboxAo.TABLE)
public interface StandaloneOutboxAo extends Entity {

    String TABLE = "SA_OUTBOX";

    String ID = "ID";
    String CREATED_AT = "CREATED_AT";
    String INCIDENT_KEY = "INCIDENT_KEY";
    String RECIPIENTS = "RECIPIENTS";
    String SUBJECT = "SUBJECT";
    String BODY = "BODY";

    @NotNull
    long getCreatedAt();

    @NotNull
    String getIncidentKey();

    /** User keys, comma-separated. */
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getRecipients();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSubject();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();
}
