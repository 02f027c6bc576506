package io.hindsight.metrics.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * The additive counts of one project, severity and UTC day of declaration: written only by the rollup job, with
 * INSERT … SELECT over the incident table, and read by the trend charts. Sums are milliseconds.
 */
@Table(MetricRollupAo.TABLE)
public interface MetricRollupAo extends Entity {

    String TABLE = "METRIC_ROLLUP";

    String PROJECT_KEY = "PROJECT_KEY";
    String SEVERITY = "SEVERITY";
    String DAY_NO = "DAY_NO";
    String INCIDENTS = "INCIDENTS";
    String EXCLUDED = "EXCLUDED";
    String OPEN_COUNT = "OPEN_COUNT";
    String MTTD_COUNT = "MTTD_COUNT";
    String MTTD_SUM = "MTTD_SUM";
    String MTTA_COUNT = "MTTA_COUNT";
    String MTTA_SUM = "MTTA_SUM";
    String MTTR_COUNT = "MTTR_COUNT";
    String MTTR_SUM = "MTTR_SUM";

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    @StringLength(10)
    String getSeverity();

    /** Days since 1970-01-01 (UTC). */
    @NotNull
    @Indexed
    int getDayNo();

    @NotNull
    long getIncidents();

    @NotNull
    long getExcluded();

    @NotNull
    long getOpenCount();

    @NotNull
    long getMttdCount();

    @NotNull
    long getMttdSum();

    @NotNull
    long getMttaCount();

    @NotNull
    long getMttaSum();

    @NotNull
    long getMttrCount();

    @NotNull
    long getMttrSum();
}
