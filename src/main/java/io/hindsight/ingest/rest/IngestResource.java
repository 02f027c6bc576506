package io.hindsight.ingest.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.hindsight.ingest.Delivery;
import io.hindsight.ingest.DeliveryRejectedException;
import io.hindsight.ingest.IngestService;
import io.hindsight.ingest.pagerduty.PagerDutySignature;
import io.hindsight.platform.rest.ErrorDto;
import io.hindsight.platform.rest.PayloadTooLargeException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * The webhook endpoint of every configured source, {@code POST /ingest/{source}}. Open to unauthenticated
 * callers as far as the host is concerned: each delivery proves itself with its source's token or signature,
 * which the service checks before anything else happens.
 */
@Path("/ingest/{source}")
@Produces(MediaType.APPLICATION_JSON)
public class IngestResource {

    private final IngestService ingest;

    @Inject
    public IngestResource(IngestService ingest) {
        this.ingest = ingest;
    }

    /**
     * Takes one delivery; answers 200 with what it did, also when every entry in it was stored before (a
     * repeat changes nothing). Errors: 400 for a payload that is not JSON or breaks the source's schema (naming
     * the field); 401 for a missing or wrong token or signature; 404 for an unknown source; 413 for a body over
     * 1 MiB or more than 1000 items; 415 when not sent as application/json; 429 over the source's rate limit and
     * 503 while a concurrent delivery declares the incident this one needs (both with Retry-After).
     */
    @POST
    @UnrestrictedAccess
    @Consumes(MediaType.APPLICATION_JSON)
    public Response deliver(@PathParam("source") String source,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @HeaderParam(PagerDutySignature.HEADER) String signature, InputStream body) {
        Delivery delivery;
        try {
            delivery = new Delivery(source, authorization, signature, body.readAllBytes(), 0);
        } catch (PayloadTooLargeException tooLarge) {
            delivery = Delivery.tooLarge(source, authorization, signature, tooLarge.limitBytes());
        } catch (IOException brokenConnection) {
            throw new IllegalStateException("The delivery's body could not be read.", brokenConnection);
        }
        try {
            return Response.ok(DeliveryReportDto.from(ingest.deliver(delivery))).build();
        } catch (DeliveryRejectedException rejected) {
            return refusal(rejected);
        }
    }

    private static Response refusal(DeliveryRejectedException rejected) {
        Response.ResponseBuilder response = Response.status(rejected.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorDto(rejected.status(), rejected.code(), rejected.getMessage(), null));
        if (rejected.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, rejected.retryAfterSeconds());
        }
        if (rejected.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Hindsight ingestion\"");
        }
        if (rejected.status() == 413) {
            // The rest of the body is never read, so the connection cannot carry another request.
            response.header("Connection", "close");
        }
        return response.build();
    }
}
