/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/issue/customfields/option/OptionsImpl.html (its
 * constructor takes a com.atlassian.jira.issue.fields.config.FieldConfig).
 * Mirrors: the reference atlassian-api.md section 2.3 (OptionsManager.getOptions(FieldConfig) and createOption take
 * it; CONFIRMED code): an interface in com.atlassian.jira.issue.fields.config. Hindsight only passes it along.
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields.config;

public interface FieldConfig {
}
