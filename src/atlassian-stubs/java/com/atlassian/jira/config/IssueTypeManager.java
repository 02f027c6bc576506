/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: the reference atlassian-api.md section 2.3 (jira-api source and Jira 10-era plugin code): a @PublicApi
 * interface with Collection<IssueType> getIssueTypes() and IssueType createIssueType(String name, String description,
 * Long avatarId), the avatar id boxed. A jakarta (Jira 11) plugin in public code calls exactly these two to create
 * its issue type with an avatar made from a PNG in its jar. Javadoc page: none found by the docs search
 * (https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueTypeImpl.html shows the avatar id
 * is a Long). CONFIRMED (code); Jira 11.3 by Javadoc: UNCONFIRMED.
 */
package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

public interface IssueTypeManager {

    Collection<IssueType> getIssueTypes();

    /** Creates a standard issue type; throws IllegalStateException when the name is taken. */
    IssueType createIssueType(String name, String description, Long avatarId);
}
