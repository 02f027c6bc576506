package io.hindsight.ingest;

import io.hindsight.incident.Severity;
import io.hindsight.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * An admin's rule for signals that name no incident: when every matcher holds, the signal belongs to the open
 * incident of the rule's group in {@code projectKey}; a firing alert or triggered page declares that incident
 * when none is open (if {@code declare}), at the severity the rule maps.
 *
 * <p>The group is {@code group} (shared between rules, so that a PagerDuty page and an Alertmanager alert about
 * the same service can meet on one incident) plus the values of the {@code groupBy} labels.
 *
 * @param severity      the severity of a declared incident, unless {@code severityLabel} maps the signal's own
 * @param severityLabel the label whose value picks a severity from {@code severityMap}, or {@code null}
 */
public record RoutingRule(
        String name,
        List<LabelMatcher> match,
        String projectKey,
        String group,
        List<String> groupBy,
        boolean declare,
        Severity severity,
        String severityLabel,
        Map<String, Severity> severityMap) {

    public static final int MAX_MATCHERS = 20;
    public static final int MAX_GROUP_BY = 10;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{0,49}");
    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,99}");

    public RoutingRule {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("name", "A rule name is 1 to 64 letters, digits, spaces, dots, dashes "
                    + "or underscores.");
        }
        match = List.copyOf(Objects.requireNonNullElse(match, List.of()));
        if (match.size() > MAX_MATCHERS) {
            throw new InvalidInputException("match", "A rule has at most " + MAX_MATCHERS + " matchers.");
        }
        if (projectKey == null || !PROJECT_KEY.matcher(projectKey).matches()) {
            throw new InvalidInputException("project", "A project key looks like OPS.");
        }
        group = group == null || group.isBlank() ? name : group.strip();
        if (!NAME.matcher(group).matches()) {
            throw new InvalidInputException("group", "A group is 1 to 64 letters, digits, spaces, dots, dashes "
                    + "or underscores.");
        }
        groupBy = List.copyOf(Objects.requireNonNullElse(groupBy, List.of()));
        if (groupBy.size() > MAX_GROUP_BY || !groupBy.stream().allMatch(l -> LABEL.matcher(l).matches())) {
            throw new InvalidInputException("groupBy", "groupBy lists at most " + MAX_GROUP_BY + " label names.");
        }
        severity = Objects.requireNonNullElse(severity, Severity.SEV_3);
        severityMap = Map.copyOf(Objects.requireNonNullElse(severityMap, Map.of()));
        if (severityLabel != null && (severityLabel.isBlank() || !LABEL.matcher(severityLabel).matches())) {
            throw new InvalidInputException("severityLabel", "severityLabel is a label name, such as severity.");
        }
        if (severityLabel == null && !severityMap.isEmpty()) {
            throw new InvalidInputException("severityLabel", "A severity map needs the label it maps.");
        }
    }

    public boolean matches(Map<String, String> labels) {
        return match.stream().allMatch(matcher -> matcher.matches(labels));
    }

    /** The group a signal with these labels belongs to under this rule. */
    public IncidentGroup groupOf(Map<String, String> labels) {
        StringJoiner values = new StringJoiner(", ", "{", "}");
        values.setEmptyValue("");
        for (String label : groupBy) {
            values.add(label + "=\"" + labels.getOrDefault(label, "") + "\"");
        }
        return new IncidentGroup(projectKey, group + values);
    }

    /** The severity to declare at for a signal with these labels. */
    public Severity severityFor(Map<String, String> labels) {
        if (severityLabel == null) {
            return severity;
        }
        return severityMap.getOrDefault(labels.getOrDefault(severityLabel, ""), severity);
    }
}
