package io.hindsight.ingest.rest;

import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.RoutingRule;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The settings of a source, as an admin sends them to change them (all at once: what is left out gets its default).
 *
 * @param projects the project keys the source may write to; empty or absent for any
 */
public record IngestSettingsRequest(List<String> projects, List<RoutingRuleDto> rules, GenericMappingDto mapping,
        RateLimitDto rateLimit) {

    IngestSettings toSettings() {
        return settings(projects, rules, mapping, rateLimit);
    }

    static IngestSettings settings(List<String> projects, List<RoutingRuleDto> rules, GenericMappingDto mapping,
            RateLimitDto rateLimit) {
        List<RoutingRule> domainRules = new ArrayList<>();
        if (rules != null) {
            for (int i = 0; i < rules.size(); i++) {
                domainRules.add(rules.get(i).toRule(i));
            }
        }
        return new IngestSettings(projects == null ? null : new LinkedHashSet<>(projects), domainRules,
                mapping == null ? null : mapping.toMapping(), rateLimit == null ? null : rateLimit.toRateLimit());
    }
}
