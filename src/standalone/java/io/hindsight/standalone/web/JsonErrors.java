package io.hindsight.standalone.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.platform.rest.ErrorDto;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The REST layer's JSON error body ({@link ErrorDto}), for the refusals the embedded host makes before or outside
 * Jersey's exception mapper: sign-in, access annotations, and errors Jetty raises itself.
 */
final class JsonErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonErrors() {
    }

    static String body(int status, String code, String message) {
        try {
            return JSON.writeValueAsString(new ErrorDto(status, code, message, null));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("An ErrorDto of three plain values always serialises", impossible);
        }
    }

    static void write(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(body(status, code, message).getBytes(StandardCharsets.UTF_8));
    }
}
