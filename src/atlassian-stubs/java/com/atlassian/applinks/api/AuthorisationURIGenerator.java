/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/AuthorisationURIGenerator.html
 * (applinks 3.2): a public interface; getAuthorisationURI() returns the java.net.URI where the user authorises this
 * application with the remote one (null when the provider needs none). CONFIRMED (doc, 3.2; the superinterface of
 * ApplicationLinkRequestFactory on its page).
 */
package com.atlassian.applinks.api;

import java.net.URI;

public interface AuthorisationURIGenerator {

    URI getAuthorisationURI();
}
