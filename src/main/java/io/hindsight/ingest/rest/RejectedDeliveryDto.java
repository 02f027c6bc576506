package io.hindsight.ingest.rest;

import io.hindsight.ingest.RejectedDelivery;
import java.time.Instant;

/** A refused delivery on the wire: when, which source, the status and error code, why, and a sanitised excerpt. */
public record RejectedDeliveryDto(long id, String source, Instant receivedAt, int status, String code, String message,
        String excerpt) {

    static RejectedDeliveryDto from(RejectedDelivery rejection) {
        return new RejectedDeliveryDto(rejection.id(), rejection.sourceName(), rejection.receivedAt(),
                rejection.status(), rejection.code(), rejection.message(), rejection.excerpt());
    }
}
