package io.hindsight.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Calls the embedded host's REST API over HTTP, as one of its demo users or anonymously. */
final class HostClient {

    static final String PASSWORD = "hindsight";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI api;

    HostClient(URI baseUrl) {
        this.api = URI.create(baseUrl + "/rest/hindsight/1.0");
    }

    HttpResponse<String> get(String path, String user) {
        return send(request(path, user).GET());
    }

    HttpResponse<String> postJson(String path, String user, String json) {
        return send(request(path, user).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A webhook delivery: any headers (name, value, …) and a body as bytes. */
    HttpResponse<String> deliver(String source, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + "/ingest/" + source))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Every entry of an incident's timeline (hidden ones too), read page by page as {@code alex}. */
    List<JsonNode> timeline(String incidentKey) {
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        do {
            String path = "/incidents/" + incidentKey + "/timeline?limit=500&includeHidden=true"
                    + (cursor == null ? "" : "&cursor=" + cursor);
            JsonNode page = json(get(path, "alex"), 200);
            page.get("events").forEach(entries::add);
            cursor = page.get("next").isNull() ? null : page.get("next").asText();
        } while (cursor != null);
        return entries;
    }

    static JsonNode json(HttpResponse<String> response, int expectedStatus) {
        if (response.statusCode() != expectedStatus) {
            throw new AssertionError("expected " + expectedStatus + ", got " + response.statusCode() + ": "
                    + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path, String user) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
