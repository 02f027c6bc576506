package io.hindsight.platform.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.hindsight.platform.HindsightException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Test-only resource that fails in the ways {@link ErrorMapperTest} needs. */
@Path("/test/failures")
@Produces(MediaType.APPLICATION_JSON)
public class FailingResource {

    static final String SECRET = "jdbc:postgresql://db-7.internal/hindsight?password=hunter2";

    @GET
    @Path("/unexpected")
    @UnrestrictedAccess
    public String unexpected() {
        throw new IllegalStateException("Cannot reach " + SECRET);
    }

    @GET
    @Path("/unmapped-domain-failure")
    @UnrestrictedAccess
    public String unmappedDomainFailure() {
        throw new UnmappedException();
    }

    @GET
    @Path("/unserialisable")
    @UnrestrictedAccess
    public Object unserialisable() {
        return new Object() {
            @SuppressWarnings("unused")
            public Object getSelf() {
                return this;
            }
        };
    }

    /** A domain failure kind that the mapper was never taught: a bug, so a 500. */
    static final class UnmappedException extends HindsightException {

        UnmappedException() {
            super("unmapped", "Should not reach the client: " + SECRET);
        }
    }
}
