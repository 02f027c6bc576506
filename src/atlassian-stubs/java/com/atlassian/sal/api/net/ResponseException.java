/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-bamboo/10.2.0/com/atlassian/bamboo/applinks/ApplicationLinkRequestUtils.html
 * (Bamboo 10.2, Platform 7): the checked com.atlassian.sal.api.net.ResponseException thrown by request execution.
 * CONFIRMED (doc) as a checked exception; superclass Exception: UNCONFIRMED.
 */
package com.atlassian.sal.api.net;

public class ResponseException extends Exception {

    private static final long serialVersionUID = 1L;

    public ResponseException(String message) {
        super(message);
    }
}
