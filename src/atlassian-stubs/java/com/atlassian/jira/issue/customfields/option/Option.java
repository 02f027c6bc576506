/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/customfields/option/Option.html (an
 * interface with String getValue()).
 * Mirrors: the reference atlassian-api.md section 2.3: a select-list option, an interface whose String getValue() is
 * the option's text; also what Issue.getCustomFieldValue returns for a single select. CONFIRMED (code); Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.issue.customfields.option;

public interface Option {

    String getValue();

    /** The option's id, which IssueInputParameters takes for a select field; CONFIRMED (code); Jira 11.3: UNCONFIRMED. */
    Long getOptionId();
}
