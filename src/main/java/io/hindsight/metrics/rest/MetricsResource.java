package io.hindsight.metrics.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import io.hindsight.metrics.DailyRollup;
import io.hindsight.metrics.DurationFigure;
import io.hindsight.metrics.Figure;
import io.hindsight.metrics.MetricsReport;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.MetricsStore;
import io.hindsight.metrics.OpenIncident;
import io.hindsight.metrics.Page;
import io.hindsight.metrics.ShareFigure;
import io.hindsight.platform.InvalidInputException;
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
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The metrics for managers: figures with their counts, medians and 90th percentiles, the keys behind any figure, the
 * daily rollups, and CSV exports. Every figure counts only incidents of projects the caller may see. Common errors:
 * 400 for a bad parameter (named in {@code field}); 401 for anonymous callers.
 */
@Path("/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    private final MetricsService metrics;

    @Inject
    public MetricsResource(MetricsService metrics) {
        this.metrics = metrics;
    }

    /**
     * The figures for incidents declared in {@code [from, to)} (default: the last 90 days), of one {@code project} and
     * {@code severity} when given.
     */
    @GET
    @LicensedOnly
    public MetricsDto report(@QueryParam("project") String project, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("severity") String severity) {
        return MetricsDto.from(read(project, from, to, severity));
    }

    /** The keys behind {@code figure} (a code such as {@code mttd-unknown}), in id order, paged by {@code cursor}. */
    @GET
    @Path("/trace")
    @LicensedOnly
    public TraceDto trace(@QueryParam("figure") String figure, @QueryParam("project") String project,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("severity") String severity,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        if (figure == null || figure.isBlank()) {
            throw new InvalidInputException("figure", "Name the figure to trace, e.g. mttr or postmortem-late.");
        }
        Figure which = Figure.fromCode(figure.strip(), "figure");
        Page<String> page = metrics.trace(which, MetricsParams.text(project), MetricsParams.instant("from", from),
                MetricsParams.instant("to", to), MetricsParams.severity(severity), MetricsParams.text(cursor),
                RestInput.intParam("limit", limit, 50));
        return new TraceDto(which.code(), page.items(), page.next());
    }

    /**
     * The open incidents, most severe first as the store orders them, of one {@code project} when given; at most
     * {@code limit} (default 50, at most 500). Errors: 400 for a bad limit.
     */
    @GET
    @Path("/open-incidents")
    @LicensedOnly
    public List<OpenIncident> openIncidents(@QueryParam("project") String project, @QueryParam("limit") String limit) {
        return metrics.openIncidents(MetricsParams.text(project), listSize(limit));
    }

    /** The incidents whose post-mortem is due, soonest first, of one {@code project} when given; as above. */
    @GET
    @Path("/postmortems-due")
    @LicensedOnly
    public List<OpenIncident> postmortemsDue(@QueryParam("project") String project,
            @QueryParam("limit") String limit) {
        return metrics.postmortemsDue(MetricsParams.text(project), listSize(limit));
    }

    /** The daily rollups of the period, per project and severity, for trend charts. */
    @GET
    @Path("/daily")
    @LicensedOnly
    public List<DailyRollup> daily(@QueryParam("project") String project, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return metrics.daily(MetricsParams.text(project), MetricsParams.instant("from", from),
                MetricsParams.instant("to", to));
    }

    /**
     * One table as CSV: {@code durations} (MTTx per severity), {@code shares} (completion, closure, repeats) or
     * {@code daily} (the rollups). Computed before the first byte, so an error still answers a JSON error.
     */
    @GET
    @Path("/export")
    @Produces("text/csv")
    @LicensedOnly
    public Response export(@QueryParam("table") String table, @QueryParam("project") String project,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("severity") String severity) {
        String name = table == null ? "" : table.strip();
        StreamingOutput body = switch (name) {
            case "durations" -> durations(read(project, from, to, severity));
            case "shares" -> shares(read(project, from, to, severity));
            case "daily" -> daily(daily(project, from, to));
            default -> throw new InvalidInputException("table", "The table is durations, shares or daily.");
        };
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"hindsight-" + name + ".csv\"").build();
    }

    private static int listSize(String limit) {
        int size = RestInput.intParam("limit", limit, 50);
        if (size < 1 || size > MetricsStore.MAX_PAGE) {
            throw new InvalidInputException("limit", "The limit is 1 to " + MetricsStore.MAX_PAGE + ".");
        }
        return size;
    }

    private MetricsReport read(String project, String from, String to, String severity) {
        return metrics.report(MetricsParams.text(project), MetricsParams.instant("from", from),
                MetricsParams.instant("to", to), MetricsParams.severity(severity));
    }

    private static StreamingOutput durations(MetricsReport report) {
        return output -> {
            var writer = writer(output);
            Csv csv = new Csv(writer);
            csv.row(List.of("figure", "severity", "measured", "unmeasured", "median_ms", "p90_ms"));
            for (DurationFigure figure : report.durations()) {
                csv.row(Arrays.asList(figure.figure().code(), figure.severity() == null ? "all"
                        : figure.severity(), figure.measured(), figure.unmeasured(),
                        figure.median() == null ? null : figure.median().toMillis(),
                        figure.p90() == null ? null : figure.p90().toMillis()));
            }
            writer.flush();
        };
    }

    private static StreamingOutput shares(MetricsReport report) {
        return output -> {
            var writer = writer(output);
            Csv csv = new Csv(writer);
            csv.row(List.of("figure", "met", "missed", "pending", "share"));
            for (ShareFigure figure : List.of(report.postmortems(), report.actionItems(), report.repeats())) {
                csv.row(Arrays.asList(figure.figure().code(), figure.met(), figure.missed(),
                        figure.pending(), figure.share()));
            }
            writer.flush();
        };
    }

    private static StreamingOutput daily(List<DailyRollup> rows) {
        return output -> {
            var writer = writer(output);
            Csv csv = new Csv(writer);
            csv.row(List.of("day", "project", "severity", "incidents", "excluded", "open", "mttd_count", "mttd_sum_ms",
                    "mtta_count", "mtta_sum_ms", "mttr_count", "mttr_sum_ms"));
            for (DailyRollup row : rows) {
                csv.row(List.of(row.day(), row.projectKey(), row.severity(), row.incidents(), row.excluded(),
                        row.open(), row.mttdCount(), row.mttdSumMs(), row.mttaCount(), row.mttaSumMs(),
                        row.mttrCount(), row.mttrSumMs()));
            }
            writer.flush();
        };
    }

    private static BufferedWriter writer(OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
    }
}
