/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Javadoc: none found by the docs search (searched for IssueTypeSchemeManager getConfigScheme and
 * isDefaultIssueTypeScheme; docs.atlassian.com pages for this type are not in the corpus). Members: code only.
 * Mirrors: Jira's own IssueTypeSchemeManager interface source in public code and compiling mocks of it for Jira 8/9
 * (cures-hub/cures-condec-jira): FieldConfigScheme getConfigScheme(Project), FieldConfigScheme update(FieldConfigScheme,
 * Collection optionIds) (raw Collection in Jira's source, Collection<String> in the mocks: same erasure), boolean
 * isDefaultIssueTypeScheme(FieldConfigScheme) and Collection<IssueType> getIssueTypesForProject(Project). The default
 * scheme holds every issue type. CONFIRMED (code); no Javadoc page found; Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.fields.config.manager;

import com.atlassian.jira.issue.fields.config.FieldConfigScheme;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import java.util.Collection;

public interface IssueTypeSchemeManager {

    FieldConfigScheme getConfigScheme(Project project);

    FieldConfigScheme update(FieldConfigScheme configScheme, Collection<String> optionIds);

    boolean isDefaultIssueTypeScheme(FieldConfigScheme configScheme);

    Collection<IssueType> getIssueTypesForProject(Project project);
}
