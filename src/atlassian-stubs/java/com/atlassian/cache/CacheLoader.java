/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache/2.0.8/apidocs/com/atlassian/cache/class-use/CacheLoader.html
 * (atlassian-cache 2.0.8): the public interface CacheLoader<K,V> passed to CacheFactory.getCache; its one method
 * V load(K key) (a non-null value): CONFIRMED (code); not read on a Javadoc page: UNCONFIRMED there.
 */
package com.atlassian.cache;

public interface CacheLoader<K, V> {

    V load(K key);
}
