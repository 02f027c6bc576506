package io.hindsight.ingest.ao;

import io.hindsight.incident.Severity;
import io.hindsight.ingest.LabelMatcher;
import io.hindsight.ingest.RoutingRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Converts routing rules to the columns of {@link IngestRuleAo} and back. */
final class RuleRows {

    private RuleRows() {
    }

    static Map<String, Object> columns(int sourceId, String settingsKey, int index, RoutingRule rule) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IngestRuleAo.SOURCE_ID, sourceId);
        columns.put(IngestRuleAo.SETTINGS_KEY, settingsKey);
        columns.put(IngestRuleAo.RULE_INDEX, index);
        columns.put(IngestRuleAo.NAME, rule.name());
        columns.put(IngestRuleAo.MATCHERS, String.join("\n", rule.match().stream().map(LabelMatcher::toString).toList()));
        columns.put(IngestRuleAo.PROJECT_KEY, rule.projectKey());
        columns.put(IngestRuleAo.GROUP_NAME, rule.group());
        columns.put(IngestRuleAo.GROUP_BY, String.join(",", rule.groupBy()));
        columns.put(IngestRuleAo.DECLARES, rule.declare());
        columns.put(IngestRuleAo.SEVERITY, rule.severity().code());
        columns.put(IngestRuleAo.SEVERITY_LABEL, rule.severityLabel());
        columns.put(IngestRuleAo.SEVERITY_MAP, severityMap(rule.severityMap()));
        return columns;
    }

    static RoutingRule rule(IngestRuleAo row) {
        List<LabelMatcher> matchers = new ArrayList<>();
        for (String line : lines(row.getMatchers())) {
            matchers.add(LabelMatcher.parse(line, IngestRuleAo.MATCHERS));
        }
        List<String> groupBy = row.getGroupBy() == null || row.getGroupBy().isEmpty() ? List.of()
                : Arrays.asList(row.getGroupBy().split(","));
        return new RoutingRule(row.getName(), matchers, row.getProjectKey(), row.getGroupName(), groupBy,
                row.getDeclares(), Severity.fromCode(row.getSeverity(), IngestRuleAo.SEVERITY), row.getSeverityLabel(),
                severityMap(row.getSeverityMap()));
    }

    // Each line is SEV-n= and the value in a matcher's quoting, which escapes line breaks: one line per entry.
    private static String severityMap(Map<String, Severity> map) {
        List<String> lines = new ArrayList<>();
        map.forEach((value, severity) -> lines.add(
                new LabelMatcher("v", LabelMatcher.Operator.EQUAL, value).toString().replaceFirst("^v=", severity.code() + "=")));
        return String.join("\n", lines);
    }

    private static Map<String, Severity> severityMap(String text) {
        Map<String, Severity> map = new LinkedHashMap<>();
        for (String line : lines(text)) {
            int equals = line.indexOf('=');
            Severity severity = Severity.fromCode(line.substring(0, equals), IngestRuleAo.SEVERITY_MAP);
            map.put(LabelMatcher.parse("v" + line.substring(equals), IngestRuleAo.SEVERITY_MAP).value(), severity);
        }
        return map;
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
