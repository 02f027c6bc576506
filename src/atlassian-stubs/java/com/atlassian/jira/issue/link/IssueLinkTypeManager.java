/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html (the
 * "server" Javadoc, Jira 7.x+; the same two methods are on the Jira 4.0 page): a @PublicApi interface with
 * void createIssueLinkType(String name, String outward, String inward, String style) and
 * Collection<IssueLinkType> getIssueLinkTypesByName(String name). CONFIRMED (doc); Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.jira.issue.link;

import java.util.Collection;

public interface IssueLinkTypeManager {

    /** Creates a link type; {@code style} null for an ordinary (non-system) type. */
    void createIssueLinkType(String name, String outward, String inward, String style);

    /** The link types with exactly this name (empty when none). */
    Collection<IssueLinkType> getIssueLinkTypesByName(String name);
}
