package io.hindsight.platform;

/** The request is well-formed but clashes with the current state, such as hiding an entry twice (409). */
public class ConflictException extends HindsightException {

    public ConflictException(String code, String message) {
        super(code, message);
    }
}
