package io.hindsight.metrics;

import java.time.LocalDate;

/**
 * The additive counts of one project, severity and day of declaration, as the rollup table keeps them for trend
 * charts. Sums are milliseconds, so means follow; percentiles do not add up across days and are not kept here.
 */
public record DailyRollup(String projectKey, String severity, LocalDate day, long incidents, long excluded, long open,
        long mttdCount, long mttdSumMs, long mttaCount, long mttaSumMs, long mttrCount, long mttrSumMs) {
}
