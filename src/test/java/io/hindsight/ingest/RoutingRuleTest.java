package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.Severity;
import io.hindsight.platform.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** {@link RoutingRule}: matching, groups and the severity it declares at. */
public class RoutingRuleTest {

    @Test
    public void matches_onlyWhenEveryMatcherHolds() {
        RoutingRule rule = rule(List.of("service=\"checkout\"", "severity=~\"critical|page\""), List.of());

        assertTrue(rule.matches(Map.of("service", "checkout", "severity", "page")));
        assertFalse(rule.matches(Map.of("service", "checkout", "severity", "info")));
        assertTrue("no matchers: everything", rule(List.of(), List.of()).matches(Map.of()));
    }

    @Test
    public void group_isTheRulesGroupAndTheGroupByValues() {
        RoutingRule rule = rule(List.of(), List.of("region", "cluster"));

        IncidentGroup group = rule.groupOf(Map.of("region", "eu", "alertname", "X"));

        assertEquals(new IncidentGroup("OPS", "checkout{region=\"eu\", cluster=\"\"}"), group);
        assertEquals(new IncidentGroup("OPS", "checkout"), rule(List.of(), List.of()).groupOf(Map.of("region", "eu")));
    }

    @Test
    public void severity_isMappedFromTheLabelWithTheRulesAsFallback() {
        RoutingRule rule = new RoutingRule("r", List.of(), "OPS", null, null, true, Severity.SEV_2, "severity",
                Map.of("critical", Severity.SEV_1, "info", Severity.SEV_4));

        assertEquals(Severity.SEV_1, rule.severityFor(Map.of("severity", "critical")));
        assertEquals(Severity.SEV_2, rule.severityFor(Map.of("severity", "warning")));
        assertEquals(Severity.SEV_2, rule.severityFor(Map.of()));
        assertEquals("default SEV-3", Severity.SEV_3, rule(List.of(), List.of()).severity());
        assertEquals("group defaults to the name", "r", rule.group());
    }

    @Test
    public void invalidRules_areRefusedNamingTheField() {
        assertEquals("name", field(() -> new RoutingRule(" ", List.of(), "OPS", null, null, true, null, null, null)));
        assertEquals("project", field(() -> new RoutingRule("r", List.of(), "ops", null, null, true, null, null, null)));
        assertEquals("groupBy", field(() -> new RoutingRule("r", List.of(), "OPS", null, List.of("a-b"), true, null,
                null, null)));
        assertEquals("severityLabel", field(() -> new RoutingRule("r", List.of(), "OPS", null, null, true, null, null,
                Map.of("critical", Severity.SEV_1))));
    }

    private static RoutingRule rule(List<String> matchers, List<String> groupBy) {
        return new RoutingRule("checkout", matchers.stream().map(m -> LabelMatcher.parse(m, "match")).toList(), "OPS",
                null, groupBy, true, null, null, null);
    }

    private static String field(org.junit.function.ThrowingRunnable creation) {
        return assertThrows(InvalidInputException.class, creation).field();
    }
}
