package io.hindsight.ingest;

import java.time.Instant;

/**
 * The record of a delivery Hindsight refused, for admins setting up a sender: when, which source, the status and
 * why, and a short sanitised excerpt of the body. Never the credentials, never the whole body.
 *
 * @param id         0 until stored
 * @param sourceName the name in the URL, shortened; it may name no configured source
 */
public record RejectedDelivery(long id, String sourceName, Instant receivedAt, int status, String code,
        String message, String excerpt) {
}
