package io.hindsight.postmortem.storage;

/** A page body that is not well-formed storage format, with the parser's reason. */
public final class MalformedStorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedStorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public MalformedStorageException(String message) {
        super(message);
    }
}
