/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/class-use/Cache.html
 * (atlassian-cache-api 2.9.0): the public interface Cache<K,V>; Hindsight calls V get(K key) (on a cache with a
 * loader, a miss loads the value) and void remove(K key). Member signatures: CONFIRMED (code, Atlassian plugins);
 * not read on the Cache page itself: UNCONFIRMED there.
 */
package com.atlassian.cache;

public interface Cache<K, V> {

    V get(K key);

    void remove(K key);
}
