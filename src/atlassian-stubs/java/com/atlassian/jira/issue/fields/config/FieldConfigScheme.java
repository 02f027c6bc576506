/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: Jira's IssueTypeSchemeManager source in public code (configScheme.getOneAndOnlyConfig() returns the
 * scheme's FieldConfig) and cures-hub/cures-condec-jira (Jira 8/9) calling the same: an interface in
 * com.atlassian.jira.issue.fields.config. FieldConfig getOneAndOnlyConfig() is CONFIRMED (code); no Javadoc page was
 * found; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfigScheme {

    FieldConfig getOneAndOnlyConfig();
}
