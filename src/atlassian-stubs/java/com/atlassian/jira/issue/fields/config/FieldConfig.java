/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: the reference atlassian-api.md section 2.3 (OptionsManager.getOptions(FieldConfig) and createOption take
 * it; CONFIRMED code): an interface in com.atlassian.jira.issue.fields.config. Hindsight only passes it along.
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfig {
}
