package io.hindsight.platform.rest;

import java.io.IOException;

/**
 * A request body exceeded {@link RequestBodyLimit#MAX_BYTES} (413). An {@link IOException} because it surfaces
 * while the body stream is read, and JSON parsers pass I/O failures of their input through unchanged.
 */
public final class PayloadTooLargeException extends IOException {

    private final long limitBytes;

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes.");
        this.limitBytes = limitBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
