/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors the parameter type of getBaseUrl in
 * https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
 * (Confluence 5.7): com.atlassian.sal.api.UrlMode. That it is an enum with the constant CANONICAL (the configured base
 * URL, whatever address the request came in through): UNCONFIRMED on a SAL Javadoc page. Hindsight uses CANONICAL.
 */
package com.atlassian.sal.api;

public enum UrlMode { ABSOLUTE, RELATIVE, RELATIVE_CANONICAL, CANONICAL, AUTO }
