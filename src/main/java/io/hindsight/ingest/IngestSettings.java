package io.hindsight.ingest;

import io.hindsight.platform.InvalidInputException;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an admin sets on a source: the projects it may write to (empty: any), its routing rules in the order they
 * are tried, the mapping of a generic source, and its rate limit.
 */
public record IngestSettings(Set<String> projects, List<RoutingRule> rules, GenericMapping mapping,
        RateLimit rateLimit) {

    public static final int MAX_RULES = 100;
    public static final int MAX_PROJECTS = 100;
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");

    public IngestSettings {
        projects = Set.copyOf(Objects.requireNonNullElse(projects, Set.of()));
        rules = List.copyOf(Objects.requireNonNullElse(rules, List.of()));
        rateLimit = Objects.requireNonNullElse(rateLimit, RateLimit.DEFAULT);
        if (projects.size() > MAX_PROJECTS || !projects.stream().allMatch(p -> PROJECT_KEY.matcher(p).matches())) {
            throw new InvalidInputException("projects", "projects lists at most " + MAX_PROJECTS
                    + " project keys such as OPS.");
        }
        if (rules.size() > MAX_RULES) {
            throw new InvalidInputException("rules", "A source has at most " + MAX_RULES + " rules.");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            RoutingRule rule = rules.get(i);
            if (!names.add(rule.name())) {
                throw new InvalidInputException("rules[" + i + "].name", "Two rules are named '" + rule.name() + "'.");
            }
            if (!projects.isEmpty() && !projects.contains(rule.projectKey())) {
                throw new InvalidInputException("rules[" + i + "].project", "Rule '" + rule.name()
                        + "' routes to " + rule.projectKey() + ", which is not among this source's projects.");
            }
        }
    }

    public static IngestSettings defaults() {
        return new IngestSettings(Set.of(), List.of(), null, RateLimit.DEFAULT);
    }

    /** Whether this source may write to incidents of {@code projectKey}. */
    public boolean allowsProject(String projectKey) {
        return projects.isEmpty() || projects.contains(projectKey);
    }
}
