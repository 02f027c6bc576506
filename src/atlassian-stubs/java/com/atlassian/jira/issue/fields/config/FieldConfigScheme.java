/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.2.0/com/atlassian/jira/issue/CustomFieldManager.html (createCustomField
 * and the context types it takes); the FieldConfigScheme member itself: code only.
 * Mirrors: Jira's IssueTypeSchemeManager source in public code (configScheme.getOneAndOnlyConfig() returns the
 * scheme's FieldConfig) and cures-hub/cures-condec-jira (Jira 8/9) calling the same: an interface in
 * com.atlassian.jira.issue.fields.config. FieldConfig getOneAndOnlyConfig() is CONFIRMED (code); no Javadoc page was
 * found; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfigScheme {

    FieldConfig getOneAndOnlyConfig();
}
