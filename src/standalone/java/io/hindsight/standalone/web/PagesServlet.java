package io.hindsight.standalone.web;

import io.hindsight.incident.IncidentRef;
import io.hindsight.platform.NotFoundException;
import io.hindsight.postmortem.workflow.PeopleNames;
import io.hindsight.postmortem.workflow.PostmortemWorkflow;
import io.hindsight.postmortem.workflow.PostmortemWorkflow.PostmortemView;
import io.hindsight.standalone.pages.StoragePreview;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory;
import io.hindsight.standalone.incidents.StandaloneIncidentDirectory.ListedIncident;
import io.hindsight.standalone.notify.OutboxNotifier;
import io.hindsight.standalone.notify.OutboxNotifier.OutboxMessage;
import io.hindsight.standalone.users.LocalUser;
import io.hindsight.standalone.users.LocalUsers;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded host's own pages: the incidents the user may see, one incident with its timeline, and for admins the
 * outbox of notices the host would have mailed. They play the part of Jira's issue navigator, issue view and mail
 * queue; the timeline itself is the product's frontend bundle.
 */
public final class PagesServlet extends HttpServlet {

    private static final Pattern POSTMORTEM_PATH =
            Pattern.compile("/postmortems/([A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17})");
    private static final Pattern INCIDENT_PATH = Pattern.compile("/incidents/([A-Z][A-Z0-9_]{0,49}-[1-9][0-9]{0,17})");
    private static final int LISTED = 200;

    private final transient StandaloneIncidentDirectory incidents;
    private final transient OutboxNotifier outbox;
    private final transient PostmortemWorkflow postmortems;
    private final transient StoragePreview preview;
    private final transient LocalUsers users;

    public PagesServlet(StandaloneIncidentDirectory incidents, OutboxNotifier outbox, PostmortemWorkflow postmortems,
            PeopleNames names, LocalUsers users) {
        this.users = users;
        this.incidents = incidents;
        this.outbox = outbox;
        this.postmortems = postmortems;
        this.preview = new StoragePreview(userKey -> names.displayNameOf(userKey).orElse(userKey));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LocalUser> user = RequestUser.current();
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", BasicAuthFilter.CHALLENGE);
            response.sendError(401, "Sign in to use Hindsight.");
            return;
        }
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        Matcher incidentPath = INCIDENT_PATH.matcher(path);
        Matcher postmortemPath = POSTMORTEM_PATH.matcher(path);
        if (path.equals("/")) {
            write(response, incidentList(user.get()));
        } else if (incidentPath.matches()) {
            Optional<IncidentRef> incident = incidents.findByKey(incidentPath.group(1))
                    .filter(found -> user.get().canView(found.projectKey()));
            if (incident.isEmpty()) {
                response.sendError(404, "No such incident, or you may not see it.");
                return;
            }
            write(response, incidentPage(request.getContextPath(), incident.get()));
        } else if (postmortemPath.matches()) {
            Optional<IncidentRef> incident = incidents.findByKey(postmortemPath.group(1))
                    .filter(found -> user.get().canView(found.projectKey()));
            if (incident.isEmpty()) {
                response.sendError(404, "No such incident, or you may not see it.");
                return;
            }
            write(response, postmortemPage(request.getContextPath(), incident.get()));
        } else if (path.equals("/admin/outbox") && user.get().admin()) {
            write(response, outboxPage(outbox.recent(LISTED)));
        } else {
            response.sendError(404);
        }
    }

    private String incidentList(LocalUser user) {
        List<ListedIncident> visible = incidents.listed(LISTED).stream()
                .filter(listed -> user.canView(listed.incident().projectKey())).toList();
        StringBuilder rows = new StringBuilder();
        for (ListedIncident listed : visible) {
            IncidentRef incident = listed.incident();
            rows.append("<li><a href=\"incidents/").append(Html.escape(incident.key())).append("\">")
                    .append(Html.escape(incident.key())).append("</a> ");
            if (listed.severity() != null) {
                rows.append("<span class=\"severity\">").append(Html.escape(listed.severity())).append("</span> ")
                        .append("<span class=\"status\">").append(Html.escape(listed.status())).append("</span> ");
            }
            rows.append(Html.escape(incident.summary())).append("</li>\n");
        }
        String body = visible.isEmpty() ? "<p>No incidents you may see.</p>" : "<ul class=\"incidents\">" + rows + "</ul>";
        return page("Incidents", "<p class=\"user\">Signed in as " + Html.escape(user.displayName()) + "</p>"
                + "<p><a href=\"incidents-page\">Overview: open incidents, post-mortems due, action items, metrics</a></p>"
                + "<h1>Incidents</h1>" + declareButton(user) + body, DECLARE_ASSETS);
    }

    private static final String DECLARE_ASSETS = "<link rel=\"stylesheet\" href=\"/frontend/hindsight-declare.css\">"
            + "<script src=\"/frontend/hindsight-declare.js\" defer></script>";

    /**
     * "Declare incident" for a user who may edit some project: the declare bundle opens its dialog from the data
     * attributes (projects to offer, people who may command), all escaped.
     */
    private String declareButton(LocalUser user) {
        // Admins may edit every project, so every project any user has is offered to them.
        List<String> projects = users.all().stream().flatMap(person -> person.projects().keySet().stream())
                .distinct().filter(user::canEdit).sorted().toList();
        if (projects.isEmpty()) {
            return "";
        }
        StringBuilder people = new StringBuilder("[");
        for (LocalUser person : users.all()) {
            people.append(people.length() > 1 ? "," : "").append("{\"key\":").append(jsonString(person.key()))
                    .append(",\"name\":").append(jsonString(person.displayName())).append('}');
        }
        people.append(']');
        return "<p><button type=\"button\" data-hindsight-declare data-testid=\"declare-incident\" data-base-url=\"\""
                + " data-projects=\"" + Html.escape(String.join(",", projects)) + "\" data-people=\""
                + Html.escape(people.toString()) + "\">Declare incident</button></p>";
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String incidentPage(String contextPath, IncidentRef incident) {
        String key = Html.escape(incident.key());
        String body = "<p><a href=\"../\">All incidents</a></p>"
                + "<h1>" + key + ": " + Html.escape(incident.summary()) + "</h1>"
                + "<h2>Timeline</h2>"
                + "<div data-hindsight-timeline data-incident-key=\"" + key + "\" data-base-url=\""
                + Html.escape(contextPath) + "\"></div>";
        return page(incident.key(), body, "<link rel=\"stylesheet\" href=\"" + Html.escape(contextPath)
                + "/frontend/hindsight-timeline.css\"><script src=\"" + Html.escape(contextPath)
                + "/frontend/hindsight-timeline.js\" defer></script>");
    }

    /**
     * The post-mortem screen: the page rendered from its storage format through the allow-list (escaped here, so the
     * bundle only marks findings in it), under the bundle that edits, checks and publishes it. Before the page is
     * generated, the bundle offers to generate it.
     */
    private String postmortemPage(String contextPath, IncidentRef incident) {
        String preview;
        String title;
        try {
            PostmortemView view = postmortems.view(incident.key());
            title = view.page().title();
            preview = "<article id=\"hs-postmortem-preview\" class=\"postmortem\" data-testid=\"postmortem-preview\">"
                    + "<h1>" + Html.escape(view.page().title()) + "</h1>" + this.preview.toHtml(view.page().body())
                    + "</article>";
        } catch (NotFoundException notGenerated) {
            title = incident.key();
            preview = "";
        }
        return ScreenShell.page(contextPath, title, "postmortem", "data-hindsight-postmortem",
                Map.of("base-url", contextPath, "incident-key", incident.key(),
                        "incident-url", contextPath + "/incidents/" + incident.key()), preview);
    }

    private static String outboxPage(List<OutboxMessage> messages) {
        StringBuilder rows = new StringBuilder();
        for (OutboxMessage message : messages) {
            rows.append("<li><time>").append(Html.escape(message.createdAt().toString())).append("</time> to ")
                    .append(Html.escape(String.join(", ", message.recipientKeys()))).append(": <strong>")
                    .append(Html.escape(message.subject())).append("</strong><p>")
                    .append(Html.escape(message.body())).append("</p></li>\n");
        }
        String body = messages.isEmpty() ? "<p>No notices yet.</p>" : "<ul class=\"outbox\">" + rows + "</ul>";
        return page("Outbox", "<p><a href=\"../\">All incidents</a></p><h1>Outbox</h1>"
                + "<p>Notices the deadline job sent; this host has no mail server, so they stay here.</p>" + body, "");
    }

    private static String page(String title, String body, String scripts) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " · Hindsight</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#172b4d}"
                + ".lozenge{font-size:.75rem;font-weight:bold;text-transform:uppercase;border-radius:3px;padding:0 .3rem;"
                + "background:#dfe1e6}.lozenge-red{background:#ffebe6}.lozenge-green{background:#e3fcef}"
                + ".lozenge-yellow{background:#fffae6}.lozenge-blue{background:#deebff}"
                + "table{border-collapse:collapse}td,th{border:1px solid #dfe1e6;padding:.3rem;vertical-align:top}"
                + ".panel{border-left:3px solid #4c9aff;padding:.2rem .8rem;margin:.6rem 0}</style>"
                + scripts + "</head><body><main>" + body + "</main></body></html>";
    }

    private static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
