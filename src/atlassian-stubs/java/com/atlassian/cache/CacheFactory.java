/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * (atlassian-cache 2.4.2, @PublicApi): a public interface; <K,V> Cache<K,V> getCache(String name, CacheLoader<K,V>
 * loader, CacheSettings required) "returns the cache with the given name, loader and required cache settings,
 * creates it if necessary". A cache got with a loader holds it weakly, so the caller keeps the cache for its whole
 * life. CONFIRMED (doc, 2.4.2 and atlassian-cache-api 2.9.0); the version shipped with Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.cache;

public interface CacheFactory {

    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
