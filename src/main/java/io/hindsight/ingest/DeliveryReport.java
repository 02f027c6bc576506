package io.hindsight.ingest;

import java.util.List;

/**
 * What a delivery did: how many signals it carried, how many became new timeline entries and how many were
 * repeats of stored ones, which incidents they went to (and which were declared for them), and which signals went
 * nowhere and why (the first {@link #MAX_LISTED}).
 */
public record DeliveryReport(String source, int received, int stored, int duplicates, List<String> incidents,
        List<String> declared, int unrouted, List<String> unroutedReasons) {

    public static final int MAX_LISTED = 20;

    public DeliveryReport {
        incidents = List.copyOf(incidents);
        declared = List.copyOf(declared);
        unroutedReasons = List.copyOf(unroutedReasons.subList(0, Math.min(MAX_LISTED, unroutedReasons.size())));
    }
}
