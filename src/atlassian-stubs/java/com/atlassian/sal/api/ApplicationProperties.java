/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: SAL's com.atlassian.sal.api.ApplicationProperties, an interface whose String getBaseUrl(UrlMode) answers the
 * application's base URL in the requested form (RELATIVE: the context path only). The interface and the UrlMode
 * overload are SAL API since 2.x; not confirmed by the docs search here: UNCONFIRMED.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
