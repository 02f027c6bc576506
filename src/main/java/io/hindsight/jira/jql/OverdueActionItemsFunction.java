package io.hindsight.jira.jql;

import io.hindsight.metrics.IncidentSearches;
import java.util.List;
import java.util.Optional;

/** {@code issue in overdueActionItems()}: open action items past their due date. */
public class OverdueActionItemsFunction extends HindsightJqlFunction {

    private final IncidentSearches searches;

    public OverdueActionItemsFunction(IncidentSearches searches) {
        super("overdueActionItems", 0);
        this.searches = searches;
    }

    @Override
    Optional<String> problemWith(List<String> args) {
        return Optional.empty();
    }

    @Override
    List<String> keys(String searcherKey, List<String> args) {
        return searches.overdueActionItems(searcherKey);
    }
}
