/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationType.html (applinks 3.2):
 * a public interface, the kind of a linked application; used here only as the bound of
 * ApplicationLinkService.getPrimaryApplicationLink(Class). CONFIRMED (doc, 3.2); applinks on Platform 8: UNCONFIRMED.
 */
package com.atlassian.applinks.api;

public interface ApplicationType {
}
