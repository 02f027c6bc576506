package io.hindsight.metrics.rest;

import io.hindsight.metrics.ActionItemLine;
import java.util.List;

/** One page of open action items, overdue first; {@code next} is the cursor of the next page or {@code null}. */
public record ActionItemPageDto(List<ActionItemLine> items, String next) {
}
