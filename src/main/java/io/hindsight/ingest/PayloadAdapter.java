package io.hindsight.ingest;

import java.util.List;

/**
 * Reads one sender's payload into signals. Each source type has one adapter in its own package, of the same
 * shape: the payload's envelope first, then one method per item. Adapters refuse a malformed payload as a whole
 * with a 400 naming the value at fault; they never store anything.
 */
public interface PayloadAdapter {

    /**
     * The signals in {@code payload}, in payload order.
     *
     * @throws io.hindsight.platform.InvalidInputException when the payload breaks the sender's schema (400)
     * @throws DeliveryRejectedException when it holds more items than {@link IngestLimits#MAX_ITEMS} (413)
     */
    List<Signal> read(JsonTree payload, IngestSource source);
}
