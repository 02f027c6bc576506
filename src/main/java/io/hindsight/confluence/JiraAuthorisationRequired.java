package io.hindsight.confluence;

import java.net.URI;

/** Jira needs the current user to authorise Confluence first; the page shows an "Authorise" link to this URI. */
public final class JiraAuthorisationRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient URI authorisationUri;

    public JiraAuthorisationRequired(URI authorisationUri) {
        super("Jira needs your authorisation first.");
        this.authorisationUri = authorisationUri;
    }

    public URI authorisationUri() {
        return authorisationUri;
    }
}
