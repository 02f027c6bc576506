package io.hindsight.ingest;

import io.hindsight.platform.HindsightException;

/**
 * A webhook delivery refused before anything was stored: unknown source (404), missing or wrong credentials
 * (401), too large (413), too frequent (429, with the seconds to wait), or an incident being declared by a
 * concurrent delivery (503, with the seconds to wait). Malformed payloads are an
 * {@link io.hindsight.platform.InvalidInputException} (400) instead, which names the field.
 */
public final class DeliveryRejectedException extends HindsightException {

    private final int status;
    private final long retryAfterSeconds;

    public DeliveryRejectedException(int status, String code, String message) {
        this(status, code, message, 0);
    }

    public DeliveryRejectedException(int status, String code, String message, long retryAfterSeconds) {
        super(code, message);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int status() {
        return status;
    }

    /** Seconds after which a retry may succeed; 0 when a retry of the same delivery cannot. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
