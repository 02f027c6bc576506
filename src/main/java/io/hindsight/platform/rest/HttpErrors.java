package io.hindsight.platform.rest;

/**
 * Codes and messages for failures JAX-RS detects before a resource runs (no such path, wrong method, wrong
 * media type). Fixed texts: the container's own messages can quote the request.
 */
final class HttpErrors {

    private HttpErrors() {
    }

    static ErrorDto forStatus(int status) {
        return switch (status) {
            case 400 -> new ErrorDto(status, "bad_request", "The request is not valid.", null);
            case 401 -> new ErrorDto(status, "unauthenticated", "Sign in to use Hindsight.", null);
            case 403 -> new ErrorDto(status, "forbidden", "You may not do this.", null);
            case 404 -> new ErrorDto(status, "not_found", "There is nothing at this address.", null);
            case 405 -> new ErrorDto(status, "method_not_allowed",
                    "This address does not support this HTTP method; the Allow header lists those it does.", null);
            case 406 -> new ErrorDto(status, "not_acceptable", "This address only answers with application/json.",
                    null);
            case 413 -> new ErrorDto(status, "payload_too_large", "The request body is too large.", null);
            case 415 -> new ErrorDto(status, "unsupported_media_type",
                    "Send the request body as application/json.", null);
            default -> new ErrorDto(status, "http_" + status, "The request could not be handled.", null);
        };
    }
}
