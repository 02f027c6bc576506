/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html (beehive 0.0.8):
 * "public interface ClusterLock extends Lock"; Hindsight calls only java.util.concurrent.locks.Lock's tryLock(long,
 * TimeUnit) and unlock(), which the JVM resolves through the superinterface. CONFIRMED (doc) for beehive 0.0.8;
 * Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

public interface ClusterLock extends Lock {
}
