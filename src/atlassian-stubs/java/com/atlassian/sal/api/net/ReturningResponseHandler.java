/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/ReturningResponseHandler.html
 * (SAL 3.0.0): public interface ReturningResponseHandler<T extends Response, R> with R handle(T) throws
 * ResponseException (erasure: handle(Response) returning Object). Interface and type parameters CONFIRMED (doc, named
 * in Request.executeAndReturn on the SAL 3.0.0 page); the method name handle: CONFIRMED (code).
 */
package com.atlassian.sal.api.net;

public interface ReturningResponseHandler<T extends Response, R> {

    R handle(T response) throws ResponseException;
}
