package io.hindsight.actionitem;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** A call to the tracker that did not succeed, with the reason a person reads next to the action item. */
public final class FollowUpFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What went wrong, as far as it changes what Hindsight or the person does next. */
    public enum Kind {
        /** The current user has not yet authorised Confluence to act for them in Jira. */
        AUTHORISATION_REQUIRED,
        /** Jira refused the user: no permission. */
        FORBIDDEN,
        /** The project, issue or link type does not exist (or the user may not see it). */
        NOT_FOUND,
        /** Jira refused the values: an owner who cannot be assigned, a priority it does not know. */
        REJECTED,
        /** Jira did not answer in time, or failed. Trying again later may work. */
        UNAVAILABLE
    }

    private final Kind kind;
    private final transient URI authorisationUri;

    public FollowUpFailure(Kind kind, String reason) {
        this(kind, reason, null, null);
    }

    public FollowUpFailure(Kind kind, String reason, URI authorisationUri, Throwable cause) {
        super(reason, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.authorisationUri = authorisationUri;
    }

    public static FollowUpFailure authorisationRequired(URI authorisationUri) {
        return new FollowUpFailure(Kind.AUTHORISATION_REQUIRED,
                "Authorise Confluence to create issues in Jira for you, then try again.", authorisationUri, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The sentence shown to the person. */
    public String reason() {
        return getMessage();
    }

    public Optional<URI> authorisationUriIfRequired() {
        return Optional.ofNullable(authorisationUri);
    }
}
