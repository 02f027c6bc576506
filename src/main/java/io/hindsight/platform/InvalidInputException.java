package io.hindsight.platform;

/** Input that breaks a rule; names the offending field so a form can show the message beside it (400). */
public final class InvalidInputException extends HindsightException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super("invalid_input", message);
        this.field = field;
    }

    /** The field at fault, or {@code null} when the whole request is wrong. */
    public String field() {
        return field;
    }
}
