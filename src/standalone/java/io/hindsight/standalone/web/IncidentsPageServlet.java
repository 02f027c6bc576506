package io.hindsight.standalone.web;

import io.hindsight.metrics.ActionItemLine;
import io.hindsight.metrics.DurationFigure;
import io.hindsight.metrics.MetricsReport;
import io.hindsight.metrics.MetricsService;
import io.hindsight.metrics.OpenIncident;
import io.hindsight.metrics.OwnerLoad;
import io.hindsight.metrics.ShareFigure;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The managers' overview as plain, escaped HTML: open incidents by severity, post-mortems due, action items by owner
 * with overdue ones first, and the metrics of the last 90 days as numbers (charts come with the UI). Everything on it
 * is limited to the projects the signed-in user may see, through the same service the REST API uses.
 */
public final class IncidentsPageServlet extends HttpServlet {

    private static final int LISTED = 50;

    private final transient MetricsService metrics;

    public IncidentsPageServlet(MetricsService metrics) {
        this.metrics = metrics;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (RequestUser.current().isEmpty()) {
            response.setHeader("WWW-Authenticate", BasicAuthFilter.CHALLENGE);
            response.sendError(401, "Sign in to use Hindsight.");
            return;
        }
        StringBuilder body = new StringBuilder("<p><a href=\"./\">All incidents</a></p><h1>Incidents overview</h1>");
        openBySeverity(body, metrics.openIncidents(LISTED));
        postmortemsDue(body, metrics.postmortemsDue(LISTED));
        actionItems(body, metrics.owners(LISTED), metrics.actionItems(null, false, null, LISTED).items());
        figures(body, metrics.report(null, null, null, null));
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Incidents overview · Hindsight</title><style>body{font-family:system-ui,sans-serif;"
                + "margin:2rem;max-width:60rem;color:#172b4d}table{border-collapse:collapse}td,th{padding:.2rem .6rem;"
                + "text-align:left;border-bottom:1px solid #dfe1e6}.overdue{color:#ae2a19;font-weight:600}</style>"
                + "</head><body>" + body + "</body></html>");
    }

    private static void openBySeverity(StringBuilder body, List<OpenIncident> open) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        open.forEach(incident -> counts.merge(incident.severity(), 1, Integer::sum));
        body.append("<h2>Open incidents</h2>");
        if (open.isEmpty()) {
            body.append("<p>None.</p>");
            return;
        }
        body.append("<p>");
        counts.forEach((severity, count) -> body.append(esc(severity)).append(": ").append(count).append(". "));
        body.append("</p><table><tr><th>Incident</th><th>Severity</th><th>Status</th><th>Declared</th></tr>");
        for (OpenIncident incident : open) {
            body.append("<tr><td><a href=\"incidents/").append(esc(incident.issueKey())).append("\">")
                    .append(esc(incident.issueKey())).append("</a> ").append(esc(incident.summary()))
                    .append("</td><td>").append(esc(incident.severity())).append("</td><td>")
                    .append(esc(incident.status())).append("</td><td>").append(esc(incident.declaredAt()))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void postmortemsDue(StringBuilder body, List<OpenIncident> due) {
        body.append("<h2>Post-mortems due</h2>");
        if (due.isEmpty()) {
            body.append("<p>None.</p>");
            return;
        }
        Instant now = Instant.now();
        body.append("<table><tr><th>Incident</th><th>Severity</th><th>Due</th></tr>");
        for (OpenIncident incident : due) {
            boolean late = incident.postmortemDueAt().isBefore(now);
            body.append("<tr><td><a href=\"incidents/").append(esc(incident.issueKey())).append("\">")
                    .append(esc(incident.issueKey())).append("</a> ").append(esc(incident.summary()))
                    .append("</td><td>").append(esc(incident.severity())).append("</td><td")
                    .append(late ? " class=\"overdue\">overdue since " : ">").append(esc(incident.postmortemDueAt()))
                    .append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void actionItems(StringBuilder body, List<OwnerLoad> owners, List<ActionItemLine> items) {
        body.append("<h2>Action items by owner</h2>");
        if (owners.isEmpty()) {
            body.append("<p>None.</p>");
            return;
        }
        body.append("<table><tr><th>Owner</th><th>Overdue</th><th>Open</th><th>Closed</th></tr>");
        for (OwnerLoad owner : owners) {
            body.append("<tr><td>").append(esc(owner.ownerKey() == null ? "(no owner)" : owner.ownerKey()))
                    .append("</td><td").append(owner.overdue() > 0 ? " class=\"overdue\">" : ">")
                    .append(owner.overdue()).append("</td><td>").append(owner.open()).append("</td><td>")
                    .append(owner.closed()).append("</td></tr>");
        }
        body.append("</table><h3>Open action items, overdue first</h3><table><tr><th>Item</th><th>Incident</th>"
                + "<th>Owner</th><th>Due</th><th>Type</th></tr>");
        for (ActionItemLine item : items) {
            body.append("<tr><td>").append(esc(item.issueKey())).append("</td><td>").append(esc(item.incidentKey()))
                    .append("</td><td>").append(esc(item.ownerKey())).append("</td><td")
                    .append(item.overdue() ? " class=\"overdue\">overdue, " : ">").append(esc(item.dueAt()))
                    .append("</td><td>").append(esc(item.type())).append("</td></tr>");
        }
        body.append("</table>");
    }

    private static void figures(StringBuilder body, MetricsReport report) {
        body.append("<h2>Metrics, last 90 days</h2><p>").append(report.incidents()).append(" incidents counted, ")
                .append(report.open()).append(" open, ").append(report.excluded())
                .append(" excluded (game days, maintenance, false alarms).</p>")
                .append("<table><tr><th>Figure</th><th>Severity</th><th>Median</th><th>90th percentile</th>"
                        + "<th>Measured</th><th>Not measurable</th></tr>");
        for (DurationFigure figure : report.durations()) {
            body.append("<tr><td>").append(esc(figure.figure().code().toUpperCase(Locale.ROOT))).append("</td><td>")
                    .append(esc(figure.severity() == null ? "all" : figure.severity())).append("</td><td>")
                    .append(esc(human(figure.median()))).append("</td><td>").append(esc(human(figure.p90())))
                    .append("</td><td>").append(figure.measured()).append("</td><td>").append(figure.unmeasured())
                    .append("</td></tr>");
        }
        body.append("</table><ul>");
        share(body, "Post-mortems published on time (SEV-1/2)", report.postmortems());
        share(body, "Action items closed within 30 days", report.actionItems());
        share(body, "Repeat incidents (of those with a recorded cause)", report.repeats());
        body.append("</ul>");
    }

    private static void share(StringBuilder body, String label, ShareFigure figure) {
        body.append("<li>").append(esc(label)).append(": ")
                .append(figure.share() == null ? "n/a" : Math.round(figure.share() * 100) + "%").append(" (")
                .append(figure.met()).append(" of ").append(figure.met() + figure.missed()).append(", ")
                .append(figure.pending()).append(" pending)</li>");
    }

    private static String human(Duration duration) {
        if (duration == null) {
            return "n/a";
        }
        long minutes = duration.toMinutes();
        return minutes >= 120 ? String.format(Locale.ROOT, "%.1f h", minutes / 60.0) : minutes + " min";
    }

    private static String esc(Object value) {
        return value == null ? "" : Html.escape(value.toString());
    }
}
