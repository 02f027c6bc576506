/*
 * Compile-only stand-in, never packaged: Jira provides the real type.
 * Mirrors: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkType.html (Jira 7.x+): a
 * @PublicApi interface (extending OfBizValueWrapper and Comparable, not needed here) with Long getId(),
 * String getName(), String getOutward() and String getInward(). CONFIRMED (doc and jira-api source); Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.jira.issue.link;

public interface IssueLinkType {

    Long getId();

    String getName();

    String getOutward();

    String getInward();
}
