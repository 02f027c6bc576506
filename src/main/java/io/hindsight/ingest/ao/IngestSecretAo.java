package io.hindsight.ingest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One generation of a source's secret. Only inserted, never changed: which generations are valid follows from
 * the two newest rows. {@link #getMaterial()} is the hex SHA-256 of a token, or the AES-GCM-sealed signing key of
 * a signed source; the secret itself is never stored in clear.
 */
@Table(IngestSecretAo.TABLE)
public interface IngestSecretAo extends Entity {

    String TABLE = "ING_SECRET";

    String ID = "ID";
    String SOURCE_ID = "SOURCE_ID";
    String GENERATION = "GENERATION";
    String SECRET_KEY = "SECRET_KEY";
    String CREATED_AT = "CREATED_AT";
    String CREATED_BY = "CREATED_BY";
    String GRACE_MILLIS = "GRACE_MILLIS";
    String MATERIAL = "MATERIAL";

    @NotNull
    @Indexed
    int getSourceId();

    @NotNull
    int getGeneration();

    /** Source id and generation: unique, so that two concurrent rotations cannot issue the same generation. */
    @NotNull
    @Unique
    @StringLength(40)
    String getSecretKey();

    @NotNull
    long getCreatedAt();

    String getCreatedBy();

    @NotNull
    long getGraceMillis();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMaterial();
}
