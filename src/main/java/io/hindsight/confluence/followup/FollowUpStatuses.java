package io.hindsight.confluence.followup;

import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The live status of a page's follow-ups as read at {@code readAt}: one entry per issue asked about, in the order
 * asked; or, when Jira could not say, why ({@code problem}) and, when the viewer must authorise the link first, where
 * ({@code authoriseUri}). Serializable for the host's cache.
 */
public record FollowUpStatuses(List<FollowUpStatus> issues, Instant readAt, String problem, URI authoriseUri)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public FollowUpStatuses {
        issues = List.copyOf(issues);
        Objects.requireNonNull(readAt, "readAt");
    }

    public static FollowUpStatuses read(List<FollowUpStatus> issues, Instant readAt) {
        return new FollowUpStatuses(issues, readAt, null, null);
    }

    public static FollowUpStatuses unavailable(String problem, Instant readAt) {
        return new FollowUpStatuses(List.of(), readAt, problem, null);
    }

    public static FollowUpStatuses authorise(URI authoriseUri, Instant readAt) {
        return new FollowUpStatuses(List.of(), readAt, "Jira needs your authorisation first.", authoriseUri);
    }

    public boolean isAvailable() {
        return problem == null;
    }

    public boolean needsAuthorisation() {
        return authoriseUri != null;
    }
}
