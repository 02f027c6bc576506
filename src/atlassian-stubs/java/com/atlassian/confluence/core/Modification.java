/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.3/com/atlassian/confluence/core/class-use/Modification.html
 * (Confluence 7.20.3): a public generic interface Modification<T> passed to ContentEntityManager.saveNewVersion,
 * which "applies the state changes supplied by modification". Its single method void modify(T content):
 * UNCONFIRMED by name on a Javadoc page (Hindsight passes a lambda, so only the name and erasure matter).
 */
package com.atlassian.confluence.core;

public interface Modification<T> {

    void modify(T content);
}
