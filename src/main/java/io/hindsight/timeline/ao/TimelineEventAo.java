package io.hindsight.timeline.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One stored timeline entry. Getters only: rows are written once by {@code create} and never updated, so the
 * entity offers no way to change them. Instants are epoch milliseconds (UTC), never {@code Date}.
 */
@Table(TimelineEventAo.TABLE)
@Indexes(@Index(name = "incident_time", methodNames = {"getIncidentId", "getOccurredAt"}))
public interface TimelineEventAo extends Entity {

    String TABLE = "TL_EVENT";

    String ID = "ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String OCCURRED_AT = "OCCURRED_AT";
    String RECORDED_AT = "RECORDED_AT";
    String KIND = "KIND";
    String SOURCE = "SOURCE";
    String ACTOR_KEY = "ACTOR_KEY";
    String SUMMARY = "SUMMARY";
    String DETAILS = "DETAILS";
    String EVIDENCE_LINK = "EVIDENCE_LINK";
    String EXTERNAL_ID = "EXTERNAL_ID";
    String DEDUP_KEY = "DEDUP_KEY";

    @NotNull
    long getIncidentId();

    @NotNull
    long getOccurredAt();

    @NotNull
    long getRecordedAt();

    @NotNull
    @StringLength(40)
    String getKind();

    @NotNull
    @StringLength(40)
    String getSource();

    String getActorKey();

    // 255 code points may be 510 UTF-16 units, more than an indexable VARCHAR holds on H2 or SQL Server.
    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    @StringLength(StringLength.UNLIMITED)
    String getDetails();

    @StringLength(StringLength.UNLIMITED)
    String getEvidenceLink();

    @StringLength(StringLength.MAX_LENGTH)
    String getExternalId();

    /**
     * What makes appends idempotent across nodes (AO has no composite unique constraint): a hash of incident,
     * source and external id, or a random value for entries without an external id. Never NULL, because SQL
     * Server allows only one NULL in a unique column.
     */
    @NotNull
    @Unique
    @StringLength(64)
    String getDedupKey();
}
