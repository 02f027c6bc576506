package io.hindsight.confluence;

/** Jira could not be reached or did not answer in time; the message says which, for a person to read. */
public final class JiraUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public JiraUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
