/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/net/Request.html (SAL 3.0.0):
 * public interface Request<T extends Request<?, ?>, RESP extends Response>; fluent setters return T (erasure: Request);
 * addHeader(String, String), setConnectionTimeout(int) (milliseconds) and
 * <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET>) throws ResponseException are CONFIRMED
 * (doc, SAL 3.0.0). setSoTimeout(int) and setRequestBody(String) are in the SAL 2.0 method list and in applinks
 * plugin code (CONFIRMED code), but were not read on the SAL 3.0.0 page: UNCONFIRMED there. MethodType: nested enum
 * (binary name Request$MethodType), GET and POST CONFIRMED (code). SAL in Confluence 10.2: UNCONFIRMED by Javadoc.
 */
package com.atlassian.sal.api.net;

public interface Request<T extends Request<?, ?>, RESP extends Response> {

    T addHeader(String headerName, String headerValue);

    T setConnectionTimeout(int connectionTimeout);

    T setSoTimeout(int soTimeout);

    T setRequestBody(String requestBody);

    <RET> RET executeAndReturn(ReturningResponseHandler<? super RESP, RET> responseHandler) throws ResponseException;

    /** The request methods. */
    enum MethodType { GET, POST, PUT, DELETE, HEAD, OPTIONS, TRACE }
}
