/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * (atlassian-cache 2.4.2), which lists CacheManager as its sub-interface: the component plugins import. Hindsight
 * calls only the inherited getCache. CONFIRMED (doc).
 */
package com.atlassian.cache;

public interface CacheManager extends CacheFactory {
}
