package io.hindsight.confluence;

/** Jira's answer: HTTP status and body (empty, never null). */
public record JiraResponse(int status, String body) {

    public JiraResponse {
        body = body == null ? "" : body;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }
}
