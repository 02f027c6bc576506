/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html (the "server"
 * Javadoc, Jira 7.x+): a @PublicApi interface whose void createIssueLink(Long sourceIssueId, Long destinationIssueId,
 * Long issueLinkTypeId, Long sequence, ApplicationUser remoteUser) throws CreateException and persists a link from
 * the source to the destination; and Collection<IssueLink> getIssueLinks(Long issueLinkTypeId), every link of one
 * type. CONFIRMED (doc; also reference atlassian-api.md section 2.3, code); Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.issue.link;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

public interface IssueLinkManager {

    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws CreateException;

    /** Every link of this type. */
    java.util.Collection<IssueLink> getIssueLinks(Long issueLinkTypeId);
}
