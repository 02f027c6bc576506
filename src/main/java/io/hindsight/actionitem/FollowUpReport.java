package io.hindsight.actionitem;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * The result of creating follow-ups: one row per action item in page order, the page body to save (the input body
 * when nothing changed), and, when Jira asked the user to authorise first, where to send them.
 */
public record FollowUpReport(List<FollowUpRow> rows, String pageBody, boolean pageChanged, URI authorisationUri) {

    public FollowUpReport {
        rows = List.copyOf(rows);
    }

    public Optional<URI> authorisationUriIfRequired() {
        return Optional.ofNullable(authorisationUri);
    }

    public long count(FollowUpRow.Outcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
