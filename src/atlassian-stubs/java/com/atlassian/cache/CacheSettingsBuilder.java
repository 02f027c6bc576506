/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * (atlassian-cache-api 2.9.0, @PublicApi): a public class with a public no-argument constructor; CacheSettings
 * build(); expireAfterWrite(long, TimeUnit), local() ("local to the node (JVM) where the cache is created") and
 * maxEntries(int) each return the builder. CONFIRMED (doc); the version shipped with Confluence 10.2: UNCONFIRMED.
 * The bodies do nothing but chain, so that code building settings runs in tests.
 */
package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

public class CacheSettingsBuilder {

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        return new CacheSettings() {
        };
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        return this;
    }

    public CacheSettingsBuilder local() {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        return this;
    }
}
