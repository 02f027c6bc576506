/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/CredentialsRequiredException.html
 * (applinks 3.2): a checked exception implementing AuthorisationURIGenerator, thrown by
 * ApplicationLinkRequestFactory.createRequest (class-use page, CONFIRMED doc). Its direct superclass is not read from a
 * page: declared here as Exception, which only matters for what javac makes us catch. UNCONFIRMED: superclass.
 */
package com.atlassian.applinks.api;

import java.net.URI;

public class CredentialsRequiredException extends Exception implements AuthorisationURIGenerator {

    private static final long serialVersionUID = 1L;

    @Override
    public URI getAuthorisationURI() {
        throw new UnsupportedOperationException("stand-in");
    }
}
