/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/api/impl/sal/ConfluenceApplicationProperties.html
 * (Confluence 5.7, which implements it) and
 * https://docs.atlassian.com/atlassian-crowd/2.8.4/com/atlassian/sal/crowd/ClientPropertiesBasedApplicationProperties.html:
 * the public interface com.atlassian.sal.api.ApplicationProperties with String getBaseUrl(UrlMode urlMode).
 * CONFIRMED (doc); the SAL shipped with Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.sal.api;

public interface ApplicationProperties {

    String getBaseUrl(UrlMode urlMode);
}
