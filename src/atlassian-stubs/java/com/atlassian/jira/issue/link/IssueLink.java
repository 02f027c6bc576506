/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html (Jira 7.x+): a
 * @PublicApi interface with Issue getSourceObject() (the linked-from issue) and Issue getDestinationObject() (the
 * linked-to issue). CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

public interface IssueLink {

    Issue getSourceObject();

    Issue getDestinationObject();
}
