/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Response.html (SAL 3.0.0):
 * a public interface; int getStatusCode() and String getResponseBodyAsString() throws ResponseException. CONFIRMED
 * (code, reference atlassian-api.md section 2.5); not read on the page itself: UNCONFIRMED (doc).
 */
package com.atlassian.sal.api.net;

public interface Response {

    int getStatusCode();

    String getResponseBodyAsString() throws ResponseException;
}
