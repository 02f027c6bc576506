package io.hindsight.platform;

/**
 * Something does not exist, or exists but the caller may not see it (404). The two cases share one message
 * so that a caller cannot probe for incidents they are not allowed to know about.
 */
public final class NotFoundException extends HindsightException {

    public NotFoundException(String message) {
        super("not_found", message);
    }
}
