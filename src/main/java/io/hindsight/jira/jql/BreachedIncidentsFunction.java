package io.hindsight.jira.jql;

import io.hindsight.incident.Severity;
import io.hindsight.metrics.IncidentSearches;
import io.hindsight.platform.InvalidInputException;
import java.util.List;
import java.util.Optional;

/** {@code issue in breachedIncidents("SEV-1")}: incidents of a severity with a deadline passed and unmet. */
public class BreachedIncidentsFunction extends HindsightJqlFunction {

    private final IncidentSearches searches;

    public BreachedIncidentsFunction(IncidentSearches searches) {
        super("breachedIncidents", 1);
        this.searches = searches;
    }

    @Override
    Optional<String> problemWith(List<String> args) {
        try {
            Severity.fromCode(args.get(0), "severity");
            return Optional.empty();
        } catch (InvalidInputException unknown) {
            return Optional.of("breachedIncidents() takes a severity: \"SEV-1\", \"SEV-2\", \"SEV-3\" or \"SEV-4\", "
                    + "not \"" + args.get(0) + "\".");
        }
    }

    @Override
    List<String> keys(String searcherKey, List<String> args) {
        return searches.breachedIncidents(searcherKey, Severity.fromCode(args.get(0), "severity"));
    }
}
