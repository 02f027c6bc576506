package io.hindsight.ingest.rest;

import io.hindsight.ingest.IngestSourceService;
import java.time.Duration;

/**
 * A rotation of a source's secret.
 *
 * @param graceMinutes how long the current secret stays valid beside the new one (default 1440, 0 revokes it now)
 * @param secret       for {@code pagerduty} only: the new signing secret PagerDuty issued
 */
public record RotateSecretRequest(Long graceMinutes, String secret) {

    private static final long FAR_OUT_OF_RANGE = 1_000_000_000L;

    /** The grace period; absurd values stay absurd (and are refused by the service) without overflowing. */
    Duration grace() {
        if (graceMinutes == null) {
            return IngestSourceService.DEFAULT_GRACE;
        }
        return Duration.ofMinutes(Math.max(-FAR_OUT_OF_RANGE, Math.min(FAR_OUT_OF_RANGE, graceMinutes)));
    }
}
