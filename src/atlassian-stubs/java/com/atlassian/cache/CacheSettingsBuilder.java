/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * (atlassian-cache-api 2.9.0, @PublicApi): a public class with a public no-argument constructor; CacheSettings
 * build(); expireAfterWrite(long, TimeUnit), local() ("local to the node (JVM) where the cache is created") and
 * maxEntries(int) each return the builder. CONFIRMED (doc); the version shipped with Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        throw new UnsupportedOperationException("stand-in");
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        throw new UnsupportedOperationException("stand-in");
    }

    public CacheSettingsBuilder local() {
        throw new UnsupportedOperationException("stand-in");
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        throw new UnsupportedOperationException("stand-in");
    }
}
