/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLink.html (applinks 3.2):
 * a public interface; createAuthenticatedRequestFactory() returns an ApplicationLinkRequestFactory that authenticates
 * as the current user with the link's configured provider. CONFIRMED (doc, 3.2). Applinks 10+: UNCONFIRMED.
 */
package com.atlassian.applinks.api;

public interface ApplicationLink {

    ApplicationLinkRequestFactory createAuthenticatedRequestFactory();
}
