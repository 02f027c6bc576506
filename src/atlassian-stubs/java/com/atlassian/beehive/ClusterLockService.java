/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * (beehive 0.0.6): a public interface, ClusterLock getLockForName(String); locks are cluster-wide, never time out and
 * are not re-entrant; names up to 255 simple ASCII characters. Jira's own DefaultWorkflowSchemeManager takes one in
 * its constructor (Jira 7.x Javadoc). CONFIRMED (doc) for beehive 0.0.6; the beehive shipped with Jira 11.3:
 * UNCONFIRMED.
 */
package com.atlassian.beehive;

public interface ClusterLockService {

    ClusterLock getLockForName(String lockName);
}
