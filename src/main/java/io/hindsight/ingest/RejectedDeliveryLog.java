package io.hindsight.ingest;

import java.util.List;

/** Port: the bounded record of refused deliveries (oldest pruned beyond {@link IngestLimits#MAX_REJECTIONS_KEPT}). */
public interface RejectedDeliveryLog {

    void record(RejectedDelivery rejection);

    /** The newest records, of one source or (when {@code sourceName} is {@code null}) of all. */
    List<RejectedDelivery> newest(String sourceName, int limit);
}
