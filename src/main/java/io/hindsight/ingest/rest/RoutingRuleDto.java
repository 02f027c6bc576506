package io.hindsight.ingest.rest;

import io.hindsight.incident.Severity;
import io.hindsight.ingest.LabelMatcher;
import io.hindsight.ingest.RoutingRule;
import io.hindsight.platform.InvalidInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A routing rule on the wire.
 *
 * @param match       matchers as in Alertmanager, e.g. {@code service=~"checkout|cart"}; all must hold
 * @param group       the incident group's name (default: the rule's name); rules sharing it share incidents
 * @param groupBy     labels whose values split the group further
 * @param declare     whether a firing alert or triggered page declares the group's incident (default true)
 * @param severity    the severity to declare at (default SEV-3)
 * @param severityMap label value to severity, e.g. {@code {"critical": "SEV-1"}}, read from {@code severityLabel}
 */
public record RoutingRuleDto(String name, List<String> match, String project, String group, List<String> groupBy,
        Boolean declare, String severity, String severityLabel, Map<String, String> severityMap) {

    static RoutingRuleDto from(RoutingRule rule) {
        Map<String, String> severities = new LinkedHashMap<>();
        rule.severityMap().forEach((value, severity) -> severities.put(value, severity.code()));
        return new RoutingRuleDto(rule.name(), rule.match().stream().map(LabelMatcher::toString).toList(),
                rule.projectKey(), rule.group(), rule.groupBy(), rule.declare(), rule.severity().code(),
                rule.severityLabel(), severities);
    }

    /** The domain rule; a 400 naming {@code rules[index].<field>} when a field breaks the rules. */
    RoutingRule toRule(int index) {
        String prefix = "rules[" + index + "]";
        try {
            List<LabelMatcher> matchers = new ArrayList<>();
            List<String> texts = match == null ? List.of() : match;
            for (int i = 0; i < texts.size(); i++) {
                matchers.add(LabelMatcher.parse(texts.get(i), "match[" + i + "]"));
            }
            Map<String, Severity> severities = new LinkedHashMap<>();
            if (severityMap != null) {
                severityMap.forEach((value, code) -> severities.put(value, Severity.fromCode(code, "severityMap")));
            }
            return new RoutingRule(name, matchers, project, group, groupBy, declare == null || declare,
                    severity == null ? null : Severity.fromCode(severity, "severity"), severityLabel, severities);
        } catch (InvalidInputException invalid) {
            String field = invalid.field() == null ? prefix : prefix + "." + invalid.field();
            throw new InvalidInputException(field, invalid.getMessage());
        }
    }
}
