package io.hindsight.metrics.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.metrics.ActionItemLine;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.MetricsStore;
import io.hindsight.metrics.OwnerLoad;
import io.hindsight.metrics.Page;
import io.hindsight.platform.rest.RestInput;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Open action items of the projects the caller may see, overdue first, and who holds them. Common errors: 400 for a
 * bad parameter (named in {@code field}); 401 for anonymous callers.
 */
@Path("/action-items")
@Produces(MediaType.APPLICATION_JSON)
public class ActionItemsResource {

    private final MetricsService metrics;

    @Inject
    public ActionItemsResource(MetricsService metrics) {
        this.metrics = metrics;
    }

    /**
     * One page, of one {@code owner} (a user key) when given, of one {@code project}'s incidents when given, only
     * overdue ones when {@code overdue=true}.
     */
    @GET
    @LicensedOnly
    public ActionItemPageDto list(@QueryParam("owner") String owner, @QueryParam("overdue") String overdue,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit,
            @QueryParam("project") String project) {
        Page<ActionItemLine> page = metrics.actionItems(MetricsParams.text(project), MetricsParams.text(owner),
                RestInput.booleanParam("overdue", overdue, false), MetricsParams.text(cursor),
                RestInput.intParam("limit", limit, 50));
        return new ActionItemPageDto(page.items(), page.next());
    }

    /**
     * Owners by overdue, then open action items, of one {@code project}'s incidents when given; at most {@code limit}
     * (default 50, at most 500).
     */
    @GET
    @Path("/owners")
    @LicensedOnly
    public List<OwnerLoad> owners(@QueryParam("limit") String limit, @QueryParam("project") String project) {
        int size = RestInput.intParam("limit", limit, 50);
        return metrics.owners(MetricsParams.text(project), Math.max(1, Math.min(size, MetricsStore.MAX_PAGE)));
    }

    /**
     * The same list as CSV, streamed page by page so no export holds every item in memory. The first page is read
     * before the first byte, so a bad parameter still answers a JSON error.
     */
    @GET
    @Path("/export")
    @Produces("text/csv")
    @LicensedOnly
    public Response export(@QueryParam("owner") String owner, @QueryParam("overdue") String overdue,
            @QueryParam("project") String project) {
        String ownerKey = MetricsParams.text(owner);
        String projectKey = MetricsParams.text(project);
        boolean overdueOnly = RestInput.booleanParam("overdue", overdue, false);
        Page<ActionItemLine> first = metrics.actionItems(projectKey, ownerKey, overdueOnly, null, MetricsStore.MAX_PAGE);
        StreamingOutput body = output -> {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            Csv csv = new Csv(writer);
            csv.row(List.of("issue", "incident", "owner", "due", "priority", "type", "created", "overdue"));
            Page<ActionItemLine> page = first;
            while (true) {
                for (ActionItemLine item : page.items()) {
                    csv.row(Arrays.asList(item.issueKey(), item.incidentKey(), item.ownerKey(), item.dueAt(),
                            item.priority(), item.type(), item.createdAt(), item.overdue()));
                }
                if (page.next() == null) {
                    break;
                }
                page = metrics.actionItems(projectKey, ownerKey, overdueOnly, page.next(), MetricsStore.MAX_PAGE);
            }
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"hindsight-action-items.csv\"").build();
    }
}
