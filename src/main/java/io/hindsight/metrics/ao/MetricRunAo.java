package io.hindsight.metrics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A claim on one run of the rollup job (unique per minute, or per day for the rebuild), so one node of the cluster
 * runs it; and, under the key {@link #MARK_KEY}, the one row that holds the refresh watermark: the last incident
 * version id the rollups have seen.
 */
@Table(MetricRunAo.TABLE)
public interface MetricRunAo extends Entity {

    String TABLE = "METRIC_RUN";

    String RUN_KEY = "RUN_KEY";
    String CLAIMED_AT = "CLAIMED_AT";
    String MARK = "MARK";
    String MARK_KEY = "watermark";

    @NotNull
    @Unique
    @StringLength(64)
    String getRunKey();

    @NotNull
    long getClaimedAt();

    @NotNull
    long getMark();

    void setMark(long value);
}
