package io.hindsight.standalone.web;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty raises before a request reaches Hindsight (a malformed URI, oversized headers) with
 * the same JSON shape as the REST API, instead of an HTML page naming the server.
 */
public final class JsonServerErrors extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String reason = HttpStatus.getMessage(code);
        String body = JsonErrors.body(code, "http_error", "The server refused the request: "
                + reason.replaceAll("[^A-Za-z0-9 -]", "") + ".");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
        response.write(true, BufferUtil.toBuffer(body, StandardCharsets.UTF_8), callback);
    }
}
