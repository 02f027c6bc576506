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
    /** Milliseconds a page view waits on Jira at most (to connect, and again to read): the macro's calls. */
    int PAGE_VIEW_TIMEOUT_MS = 1_500;

    /**
     * Sends the request, waiting at most {@link #CONNECT_TIMEOUT_MS} to connect and {@link #READ_TIMEOUT_MS} for the
     * answer.
     *
     * @param path Jira path with query, e.g. {@code /rest/api/2/issue}; relative to Jira's base URL
     * @param jsonBody the body, or null for a GET
     */
    default JiraResponse send(Method method, String path, String jsonBody) {
        return send(method, path, jsonBody, READ_TIMEOUT_MS);
    }

    /**
     * Sends the request, giving up after {@code timeoutMs} to connect and again to read the answer: for calls a page
     * view waits on, which must stay shorter than the defaults.
     */
    JiraResponse send(Method method, String path, String jsonBody, int timeoutMs);

    /** A timeout as people read it: "5 s", or "1500 ms" when it is not whole seconds. */
    static String duration(int millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    /** The HTTP methods Hindsight uses. */
    enum Method { GET, POST, PUT }
}
