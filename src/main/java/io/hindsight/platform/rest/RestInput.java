package io.hindsight.platform.rest;

import io.hindsight.platform.InvalidInputException;

/**
 * Strict parsing of query parameters and bodies. Parameters arrive as strings so that a malformed value is a 400
 * naming it, not the 404 that JAX-RS gives for a query parameter it cannot convert.
 */
public final class RestInput {

    private RestInput() {
    }

    /** A whole number, or {@code defaultValue} when absent; anything else is a 400 on {@code name}. */
    public static int intParam(String name, String raw, int defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(raw.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidInputException(name, "The " + name + " parameter must be a whole number.");
        }
    }

    /** {@code true} or {@code false}, or {@code defaultValue} when absent; anything else is a 400 on {@code name}. */
    public static boolean booleanParam(String name, String raw, boolean defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        return switch (raw.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new InvalidInputException(name, "The " + name + " parameter must be true or false.");
        };
    }

    /** The request body; an empty body, which JSON readers hand over as {@code null}, is a 400. */
    public static <T> T requireBody(T body) {
        if (body == null) {
            throw new InvalidInputException(null, "The request needs a JSON object as its body.");
        }
        return body;
    }
}
