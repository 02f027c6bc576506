package io.hindsight.jira.jql;

import io.hindsight.metrics.IncidentSearches;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code issue in actionItemsOf("OPS-12")}: the action items of one incident. */
public class ActionItemsOfFunction extends HindsightJqlFunction {

    private static final Pattern ISSUE_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17}");

    private final IncidentSearches searches;

    public ActionItemsOfFunction(IncidentSearches searches) {
        super("actionItemsOf", 1);
        this.searches = searches;
    }

    @Override
    Optional<String> problemWith(List<String> args) {
        return ISSUE_KEY.matcher(args.get(0)).matches() ? Optional.empty()
                : Optional.of("actionItemsOf() takes an incident key such as \"OPS-12\", not \"" + args.get(0) + "\".");
    }

    @Override
    List<String> keys(String searcherKey, List<String> args) {
        return searches.actionItemsOf(searcherKey, args.get(0));
    }
}
