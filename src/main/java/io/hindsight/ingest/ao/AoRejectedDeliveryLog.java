package io.hindsight.ingest.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.hindsight.ingest.IngestLimits;
import io.hindsight.ingest.RejectedDelivery;
import io.hindsight.ingest.RejectedDeliveryLog;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.java.ao.Query;

/**
 * Refused deliveries on Active Objects, bounded: every {@value #PRUNE_EVERY}th record written on a node deletes
 * everything older than the newest {@link IngestLimits#MAX_REJECTIONS_KEPT}, in one statement, so the table stays
 * near that size (at most {@value #PRUNE_EVERY} per node above it) whatever the rate of refusals.
 */
@Named
public final class AoRejectedDeliveryLog implements RejectedDeliveryLog {

    static final int PRUNE_EVERY = 100;

    private final ActiveObjects ao;
    private final int keep;
    private final int pruneEvery;
    private final AtomicInteger written = new AtomicInteger();

    public AoRejectedDeliveryLog(@ComponentImport ActiveObjects ao) {
        this(ao, IngestLimits.MAX_REJECTIONS_KEPT, PRUNE_EVERY);
    }

    AoRejectedDeliveryLog(ActiveObjects ao, int keep, int pruneEvery) {
        this.ao = ao;
        this.keep = keep;
        this.pruneEvery = pruneEvery;
    }

    @Override
    public void record(RejectedDelivery rejection) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(RejectedDeliveryAo.SOURCE_NAME, rejection.sourceName());
        columns.put(RejectedDeliveryAo.RECEIVED_AT, rejection.receivedAt().toEpochMilli());
        columns.put(RejectedDeliveryAo.HTTP_STATUS, rejection.status());
        columns.put(RejectedDeliveryAo.ERROR_CODE, rejection.code());
        columns.put(RejectedDeliveryAo.MESSAGE, rejection.message());
        columns.put(RejectedDeliveryAo.EXCERPT, rejection.excerpt());
        ao.create(RejectedDeliveryAo.class, columns);
        if (written.incrementAndGet() % pruneEvery == 0) {
            prune();
        }
    }

    @Override
    public List<RejectedDelivery> newest(String sourceName, int limit) {
        Query query = Query.select().order(RejectedDeliveryAo.ID + " DESC").limit(limit);
        if (sourceName != null) {
            query = query.where(RejectedDeliveryAo.SOURCE_NAME + " = ?", sourceName);
        }
        return Arrays.stream(ao.find(RejectedDeliveryAo.class, query))
                .map(row -> new RejectedDelivery(row.getID(), row.getSourceName(),
                        Instant.ofEpochMilli(row.getReceivedAt()), row.getHttpStatus(), row.getErrorCode(),
                        row.getMessage(), row.getExcerpt()))
                .toList();
    }

    /** Deletes all but the newest {@code keep} records. */
    private void prune() {
        RejectedDeliveryAo[] boundary = ao.find(RejectedDeliveryAo.class, Query.select()
                .order(RejectedDeliveryAo.ID + " DESC").offset(keep).limit(1));
        if (boundary.length > 0) {
            ao.deleteWithSQL(RejectedDeliveryAo.class, RejectedDeliveryAo.ID + " <= ?", boundary[0].getID());
        }
    }
}
