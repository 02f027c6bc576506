package io.hindsight.platform.rest;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * Turns what Jackson reports about a request body into a 400 that names the field at fault. Messages are built
 * here from the field path and the expected JSON type only: Jackson's own text can quote the input and name Java
 * classes, and neither belongs in a response.
 */
final class JsonErrors {

    private static final int MAX_ECHOED = 80;

    private JsonErrors() {
    }

    /** The 400 for a body Jackson could not read, or empty when the exception is not about the request body. */
    static Optional<ErrorDto> describe(JacksonException failure) {
        if (failure instanceof StreamReadException unreadable) {
            return Optional.of(invalidJson(unreadable));
        }
        if (failure instanceof UnrecognizedPropertyException unknown) {
            String property = abbreviate(unknown.getPropertyName());
            return Optional.of(badInput(pathOf(unknown), "Unknown property '" + property + "'."));
        }
        if (failure instanceof MismatchedInputException mismatched) {
            return Optional.of(wrongType(mismatched));
        }
        if (failure instanceof ValueInstantiationException rejected) {
            String field = pathOf(rejected);
            return Optional.of(badInput(field, field == null ? "The request body is not valid." : field + " is not valid."));
        }
        // What remains (InvalidDefinitionException, failures while writing a response) is a server bug.
        return Optional.empty();
    }

    private static ErrorDto invalidJson(StreamReadException unreadable) {
        JsonLocation where = unreadable.getLocation();
        String position = where == null || where.getLineNr() < 0 ? ""
                : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")";
        return badInput(null, "The request body is not valid JSON" + position + ".");
    }

    private static ErrorDto wrongType(MismatchedInputException mismatched) {
        String field = pathOf(mismatched);
        Class<?> target = mismatched.getTargetType();
        if (field == null) {
            return badInput(null, "The request body must be " + jsonType(target) + ".");
        }
        String problem = mismatched instanceof InvalidFormatException ? " is not valid; it must be " : " must be ";
        return badInput(field, field + problem + jsonType(target) + ".");
    }

    /** The JSON path of the failing value, such as {@code occurredAt} or {@code links[2].url}. */
    static String pathOf(JsonMappingException failure) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : failure.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : abbreviate(path.toString());
    }

    private static String jsonType(Class<?> target) {
        if (target == null) {
            return "of another JSON type";
        }
        if (target == Instant.class) {
            return "an ISO-8601 timestamp with an offset, such as 2024-05-01T10:15:30.000Z";
        }
        if (CharSequence.class.isAssignableFrom(target) || target.isEnum() || target == Character.class
                || target == char.class) {
            return "a string";
        }
        if (target == boolean.class || target == Boolean.class) {
            return "true or false";
        }
        if (target.isPrimitive() || Number.class.isAssignableFrom(target)) {
            return "a number";
        }
        if (target.isArray() || Collection.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }

    private static ErrorDto badInput(String field, String message) {
        return new ErrorDto(400, "invalid_input", message, field);
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return null;
        }
        return text.length() <= MAX_ECHOED ? text : text.substring(0, MAX_ECHOED) + "…";
    }
}
