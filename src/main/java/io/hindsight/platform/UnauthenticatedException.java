package io.hindsight.platform;

/** No signed-in user where one is required (401). */
public final class UnauthenticatedException extends HindsightException {

    public UnauthenticatedException() {
        super("unauthenticated", "Sign in to use Hindsight.");
    }
}
