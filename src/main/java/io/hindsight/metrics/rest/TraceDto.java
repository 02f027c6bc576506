package io.hindsight.metrics.rest;

import java.util.List;

/** The keys behind one figure, one page; {@code next} is the cursor of the next page or {@code null}. */
public record TraceDto(String figure, List<String> keys, String next) {
}
