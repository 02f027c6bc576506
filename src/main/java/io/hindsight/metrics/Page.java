package io.hindsight.metrics;

import java.util.List;

/** One page of a list and the cursor of the next; {@code next} is {@code null} on the last page. */
public record Page<T>(List<T> items, String next) {

    public Page {
        items = List.copyOf(items);
    }
}
