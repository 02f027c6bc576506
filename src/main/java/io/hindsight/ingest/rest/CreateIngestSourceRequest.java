package io.hindsight.ingest.rest;

import io.hindsight.ingest.IngestSettings;
import io.hindsight.ingest.SourceType;
import io.hindsight.platform.InvalidInputException;
import java.util.List;

/**
 * A new source: its name (the last segment of its webhook URL), its type, and its settings.
 *
 * @param type   {@code alertmanager}, {@code grafana}, {@code pagerduty}, {@code deploy} or {@code generic}
 * @param secret for {@code pagerduty} only: the signing secret PagerDuty issued for the webhook subscription
 */
public record CreateIngestSourceRequest(String name, String type, String secret, List<String> projects,
        List<RoutingRuleDto> rules, GenericMappingDto mapping, RateLimitDto rateLimit) {

    SourceType sourceType() {
        if (type == null) {
            throw new InvalidInputException("type", "The type is required.");
        }
        return SourceType.fromCode(type, "type");
    }

    IngestSettings settings() {
        return IngestSettingsRequest.settings(projects, rules, mapping, rateLimit);
    }
}
