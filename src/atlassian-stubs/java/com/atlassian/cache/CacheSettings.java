/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-cache/2.1.0/apidocs/com/atlassian/cache/class-use/CacheSettings.html
 * (atlassian-cache 2.1.0): a public interface built by CacheSettingsBuilder.build(). CONFIRMED (doc).
 */
package com.atlassian.cache;

public interface CacheSettings {
}
