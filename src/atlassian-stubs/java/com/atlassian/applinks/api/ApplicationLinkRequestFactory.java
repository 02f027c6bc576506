/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequestFactory.html
 * (applinks 3.2): a public interface extending AuthorisationURIGenerator; createRequest(Request.MethodType, String)
 * returns an ApplicationLinkRequest for a URL relative to the link's RPC URL and throws the checked
 * CredentialsRequiredException when the current user has not authorised. CONFIRMED (doc, 3.2).
 */
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;

public interface ApplicationLinkRequestFactory extends AuthorisationURIGenerator {

    ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException;
}
