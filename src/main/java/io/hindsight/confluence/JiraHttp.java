package io.hindsight.confluence;

/**
 * Port: one JSON request to the linked Jira as the current user, with short timeouts. Any HTTP status comes back as
 * a {@link JiraResponse}; only "the user must authorise first" ({@link JiraAuthorisationRequired}) and "no answer"
 * ({@link JiraUnavailable}) are thrown.
 */
public interface JiraHttp {

    /** Milliseconds to open a connection; a page view must not wait on a Jira that is down. */
    int CONNECT_TIMEOUT_MS = 2_000;
    /** Milliseconds to wait for an answer once connected. */
    int READ_TIMEOUT_MS = 5_000;

    /**
     * Sends the request.
     *
     * @param path Jira path with query, e.g. {@code /rest/api/2/issue}; relative to Jira's base URL
     * @param jsonBody the body, or null for a GET
     */
    JiraResponse send(Method method, String path, String jsonBody);

    /** The HTTP methods Hindsight uses. */
    enum Method { GET, POST }
}
