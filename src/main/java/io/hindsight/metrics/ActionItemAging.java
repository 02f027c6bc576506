package io.hindsight.metrics;

/** Open action items by age since creation: up to a week, up to 30 days, up to 90 days, older. */
public record ActionItemAging(long upTo7Days, long upTo30Days, long upTo90Days, long older) {
}
