package io.hindsight.standalone.web;

import io.hindsight.standalone.users.LocalUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The administrators' page, as Jira's admin section hosts it: the shell that mounts the admin bundle (severity policy
 * and calendar, webhook sources and secrets, routing rules, projects, rejected deliveries). This host has no project
 * administration, so the bundle shows its projects read-only. Others get 403, as the REST API answers them.
 */
public final class AdminPageServlet extends HttpServlet {

    private final transient Supplier<Set<String>> hostProjects;

    /** {@code hostProjects} answers every project key the host knows. */
    public AdminPageServlet(Supplier<Set<String>> hostProjects) {
        this.hostProjects = hostProjects;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LocalUser> user = RequestUser.current();
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", BasicAuthFilter.CHALLENGE);
            response.sendError(401, "Sign in to use Hindsight.");
            return;
        }
        if (!user.get().admin()) {
            response.sendError(403, "Only administrators may administer Hindsight.");
            return;
        }
        String context = request.getContextPath();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("base-url", context);
        data.put("projects-source", "host");
        data.put("projects", String.join(",", new TreeSet<>(hostProjects.get())));
        ScreenShell.write(response, ScreenShell.page(context, "Administration", "admin", "data-hindsight-admin", data,
                "<p><a href=\"" + Html.escape(context) + "/admin/outbox\">Outbox of deadline notices</a></p>"));
    }
}
