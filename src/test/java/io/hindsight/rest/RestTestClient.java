package io.hindsight.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Calls a {@link RestTestServer} over HTTP as a given user, and checks on every response what must hold for all
 * of them: error bodies are the JSON {@code ErrorDto} with the response's status, no body carries a stack trace
 * or a Java name, and nothing is a 500 unless the test says it expects one.
 */
public final class RestTestClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fragments of stack traces and class names that must never reach a client. */
    private static final List<String> LEAKS = List.of("Exception", "\tat ", "java.", "jakarta.", "io.hindsight",
            "com.fasterxml", "org.glassfish", "org.eclipse");

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final RestTestServer server;
    private final String user;
    private final boolean serverErrorsExpected;

    private RestTestClient(RestTestServer server, String user, boolean serverErrorsExpected) {
        this.server = server;
        this.user = user;
        this.serverErrorsExpected = serverErrorsExpected;
    }

    public static RestTestClient anonymous(RestTestServer server) {
        return new RestTestClient(server, null, false);
    }

    public RestTestClient as(String userKey) {
        return new RestTestClient(server, userKey, serverErrorsExpected);
    }

    /** The same client, allowing 5xx answers (still checked for leaks): for tests of unexpected failures. */
    public RestTestClient expectingServerErrors() {
        return new RestTestClient(server, user, true);
    }

    public Answer get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Answer postJson(String path, String json) {
        return post(path, "application/json", HttpRequest.BodyPublishers.ofString(json));
    }

    public Answer putJson(String path, String json) {
        return put(path, json);
    }

    public Answer post(String path, String contentType, BodyPublisher body, String... headers) {
        return send(request(path, withContentType(contentType, headers)).POST(body));
    }


    public Answer put(String path, String json, String... headers) {
        return send(request(path, withContentType("application/json", headers))
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A POST whose body is sent chunked, with no Content-Length. */
    public Answer postChunked(String path, String contentType, Supplier<InputStream> body, String... headers) {
        return post(path, contentType, HttpRequest.BodyPublishers.ofInputStream(body), headers);
    }

    public Answer send(String method, String path, String... headers) {
        return send(request(path, headers).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    private static String[] withContentType(String contentType, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = contentType;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return all;
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header(HeaderCurrentUser.HEADER, user);
        }
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Answer answer = new Answer(response);
            answer.checkInvariants(serverErrorsExpected);
            return answer;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response, with its body read as JSON on demand. */
    public static final class Answer {

        private final HttpResponse<String> response;

        Answer(HttpResponse<String> response) {
            this.response = response;
        }

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new AssertionError("Not JSON (status " + status() + "): " + response.body(), e);
            }
        }

        /** Asserts the status, showing the body when it differs; returns the body as JSON. */
        public JsonNode expect(int status) {
            assertEquals("status; body: " + response.body(), status, status());
            return json();
        }

        /** Asserts an error answer with this status and code, and returns its {@code field} ({@code null} if none). */
        public String expectError(int status, String code) {
            JsonNode error = expect(status);
            assertEquals("code; body: " + response.body(), code, error.path("code").asText());
            return error.hasNonNull("field") ? error.get("field").asText() : null;
        }

        public String message() {
            return json().path("message").asText();
        }

        void checkInvariants(boolean serverErrorsExpected) {
            String body = response.body();
            for (String leak : LEAKS) {
                assertFalse("'" + leak + "' in the body of a " + status() + ": " + body, body.contains(leak));
            }
            if (!serverErrorsExpected) {
                assertTrue("unexpected " + status() + ": " + body, status() < 500);
            }
            if (status() >= 400) {
                assertTrue("error content type: " + response.headers().firstValue("Content-Type"),
                        response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
                JsonNode error = json();
                assertEquals("status in body: " + body, status(), error.path("status").asInt());
                assertTrue("code: " + body, error.path("code").isTextual());
                assertTrue("message: " + body, error.path("message").isTextual());
                assertTrue("no key beyond status, code, message, field: " + body, error.size() <= 4);
            }
        }
    }
}
