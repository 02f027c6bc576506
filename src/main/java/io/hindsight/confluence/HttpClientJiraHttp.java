package io.hindsight.confluence;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link JiraHttp} on the JDK's HTTP client, for the embedded host and for tests against a fake Jira: a base URL,
 * an optional Authorization header value, and the page to send a user to when Jira answers 401.
 */
public final class HttpClientJiraHttp implements JiraHttp {

    private final URI baseUri;
    private final String authorization;
    private final URI authorisationUri;
    private final HttpClient client;

    public HttpClientJiraHttp(URI baseUri, String authorization, URI authorisationUri) {
        this.baseUri = Objects.requireNonNull(baseUri, "baseUri");
        this.authorization = authorization;
        this.authorisationUri = authorisationUri;
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(CONNECT_TIMEOUT_MS))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public JiraResponse send(Method method, String path, String jsonBody, int timeoutMs) {
        String base = baseUri.toString().replaceFirst("/+$", "");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofMillis(timeoutMs))
                .header("Accept", "application/json");
        Optional.ofNullable(authorization).ifPresent(value -> request.header("Authorization", value));
        if (method == Method.GET) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json").method(method.name(),
                    HttpRequest.BodyPublishers.ofString(Objects.requireNonNullElse(jsonBody, ""), StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpConnectTimeoutException e) {
            throw new JiraUnavailable("Jira could not be reached within " + CONNECT_TIMEOUT_MS / 1000 + " s.", e);
        } catch (HttpTimeoutException e) {
            throw new JiraUnavailable("Jira did not answer within " + JiraHttp.duration(timeoutMs) + ".", e);
        } catch (IOException e) {
            throw new JiraUnavailable("Jira could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiraUnavailable("The call to Jira was interrupted.", e);
        }
        if (response.statusCode() == 401) {
            throw new JiraAuthorisationRequired(authorisationUri);
        }
        return new JiraResponse(response.statusCode(), response.body());
    }
}
