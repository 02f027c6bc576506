package io.hindsight.jira.jql;

import io.hindsight.metrics.IncidentSearches;
import java.util.List;
import java.util.Optional;

/** {@code issue in postmortemOverdue()}: incidents whose post-mortem deadline passed unpublished. */
public class PostmortemOverdueFunction extends HindsightJqlFunction {

    private final IncidentSearches searches;

    public PostmortemOverdueFunction(IncidentSearches searches) {
        super("postmortemOverdue", 0);
        this.searches = searches;
    }

    @Override
    Optional<String> problemWith(List<String> args) {
        return Optional.empty();
    }

    @Override
    List<String> keys(String searcherKey, List<String> args) {
        return searches.postmortemOverdue(searcherKey);
    }
}
