package io.hindsight.ingest.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import io.hindsight.ingest.IngestSourceService;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The record of refused webhook deliveries, newest first, for administrators setting up senders. */
@Path("/ingest-rejections")
@Produces(MediaType.APPLICATION_JSON)
public class IngestRejectionResource {

    private final IngestSourceService sources;

    @Inject
    public IngestRejectionResource(IngestSourceService sources) {
        this.sources = sources;
    }

    /**
     * The newest refusals, of one {@code source} or of all; {@code limit} 1 to 500 (default 100). Errors: 400 on a
     * bad limit; 401 for anonymous callers; 403 for users who are not administrators.
     */
    @GET
    @AdminOnly
    public List<RejectedDeliveryDto> list(@QueryParam("source") String source, @QueryParam("limit") String limit) {
        String sourceName = source == null || source.isBlank() ? null : source.strip();
        return sources.rejections(sourceName, RestInput.intParam("limit", limit, 100)).stream()
                .map(RejectedDeliveryDto::from).toList();
    }
}
