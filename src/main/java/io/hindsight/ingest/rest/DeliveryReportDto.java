package io.hindsight.ingest.rest;

import io.hindsight.ingest.DeliveryReport;
import java.util.List;

/**
 * The answer to a delivery: signals received, new entries stored, repeats of stored entries, the incidents they
 * went to and those declared for them, and the signals that went nowhere (the first 20 reasons).
 */
public record DeliveryReportDto(String source, int received, int stored, int duplicates, List<String> incidents,
        List<String> declared, int unrouted, List<String> unroutedReasons) {

    static DeliveryReportDto from(DeliveryReport report) {
        return new DeliveryReportDto(report.source(), report.received(), report.stored(), report.duplicates(),
                report.incidents(), report.declared(), report.unrouted(), report.unroutedReasons());
    }
}
