package io.hindsight.platform;

/** The caller may see the thing but not change it (403). */
public final class ForbiddenException extends HindsightException {

    public ForbiddenException(String message) {
        super("forbidden", message);
    }
}
