/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: SAL's com.atlassian.sal.api.UrlMode, the enum ApplicationProperties.getBaseUrl takes; only RELATIVE is
 * used here (read from the host's enum at run time). UNCONFIRMED by the docs search.
 */
package com.atlassian.sal.api;

public enum UrlMode {
    RELATIVE,
    ABSOLUTE,
    AUTO
}
