/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/applinks-api/3.2/com/atlassian/applinks/api/ApplicationLinkRequest.html
 * (applinks 3.2): a public interface extending SAL's Request<ApplicationLinkRequest, Response>; Hindsight calls only
 * inherited Request members. CONFIRMED (doc, 3.2 index; reference atlassian-api.md section 2.5).
 */
package com.atlassian.applinks.api;

import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;

public interface ApplicationLinkRequest extends Request<ApplicationLinkRequest, Response> {
}
