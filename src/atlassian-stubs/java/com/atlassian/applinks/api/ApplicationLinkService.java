/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkService.html
 * (applinks 3.2): a public interface; getPrimaryApplicationLink(Class<? extends ApplicationType>) returns the primary
 * ApplicationLink of that type, or null when none is configured. CONFIRMED (doc, 3.2) and CONFIRMED (code) in
 * Confluence plugins. Confluence 10.2 (applinks 10+): UNCONFIRMED by Javadoc.
 */
package com.atlassian.applinks.api;

public interface ApplicationLinkService {

    ApplicationLink getPrimaryApplicationLink(Class<? extends ApplicationType> type);
}
