package io.hindsight.platform;

/**
 * A failure that a caller can act on; every subclass maps to one HTTP status and one stable error code.
 */
public abstract class HindsightException extends RuntimeException {

    private final String code;

    protected HindsightException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** Stable, machine-readable code such as {@code invalid_input}; clients may switch on it. */
    public String code() {
        return code;
    }
}
