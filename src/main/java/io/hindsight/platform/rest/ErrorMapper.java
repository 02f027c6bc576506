package io.hindsight.platform.rest;

import com.fasterxml.jackson.core.JacksonException;
import io.hindsight.platform.ConflictException;
import io.hindsight.platform.ForbiddenException;
import io.hindsight.platform.HindsightException;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.NotFoundException;
import io.hindsight.platform.UnauthenticatedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where a failure becomes an HTTP response: a JSON {@link ErrorDto} with the right status, never a
 * stack trace or a Java class name. Unexpected failures are logged with a correlation id that the response quotes.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);
    // Containers and JSON readers wrap what they catch; the meaningful failure can sit a few causes deep.
    private static final int MAX_CAUSE_DEPTH = 10;

    @Override
    public Response toResponse(Throwable failure) {
        Optional<HindsightException> domain = causeOf(failure, HindsightException.class);
        if (domain.isPresent() && statusOf(domain.get()) > 0) {
            return respond(fromDomain(domain.get()));
        }
        Optional<PayloadTooLargeException> tooLarge = causeOf(failure, PayloadTooLargeException.class);
        if (tooLarge.isPresent()) {
            return respond(new ErrorDto(413, "payload_too_large",
                    "The request body is larger than " + tooLarge.get().limitBytes() + " bytes.", null));
        }
        Optional<ErrorDto> badJson = causeOf(failure, JacksonException.class).flatMap(JsonErrors::describe);
        if (badJson.isPresent()) {
            return respond(badJson.get());
        }
        Optional<WebApplicationException> http = causeOf(failure, WebApplicationException.class);
        if (http.isPresent() && http.get().getResponse().getStatus() < 500) {
            // Keeps the container's headers, such as Allow on a 405.
            return Response.fromResponse(http.get().getResponse())
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(HttpErrors.forStatus(http.get().getResponse().getStatus()))
                    .build();
        }
        return respond(unexpected(failure, http.map(e -> e.getResponse().getStatus()).orElse(500)));
    }

    private static ErrorDto fromDomain(HindsightException failure) {
        String field = failure instanceof InvalidInputException invalid ? invalid.field() : null;
        return new ErrorDto(statusOf(failure), failure.code(), failure.getMessage(), field);
    }

    /** The status of each kind of domain failure; 0 for a kind this mapper does not know (a bug: 500). */
    private static int statusOf(HindsightException failure) {
        if (failure instanceof InvalidInputException) {
            return 400;
        }
        if (failure instanceof UnauthenticatedException) {
            return 401;
        }
        if (failure instanceof ForbiddenException) {
            return 403;
        }
        if (failure instanceof NotFoundException) {
            return 404;
        }
        if (failure instanceof ConflictException) {
            return 409;
        }
        return 0;
    }

    private static ErrorDto unexpected(Throwable failure, int status) {
        String correlationId = UUID.randomUUID().toString();
        LOG.error("Unexpected failure in the Hindsight REST API, correlation id {}", correlationId, failure);
        return new ErrorDto(status, "internal_error",
                "Something went wrong on the server. Quote correlation id " + correlationId
                        + " when you report it.", null);
    }

    private static Response respond(ErrorDto error) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    private static <T extends Throwable> Optional<T> causeOf(Throwable failure, Class<T> type) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (type.isInstance(current)) {
                return Optional.of(type.cast(current));
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
