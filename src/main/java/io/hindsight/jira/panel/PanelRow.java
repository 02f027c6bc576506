package io.hindsight.jira.panel;

/**
 * One labelled instant in the panel: the label as an i18n key, the instant as ISO-8601 UTC (for the markup's
 * datetime attribute) and as text to read.
 */
public record PanelRow(String labelKey, String iso, String text) {
}
