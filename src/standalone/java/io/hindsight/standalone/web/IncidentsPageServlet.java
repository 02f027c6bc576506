package io.hindsight.standalone.web;

import io.hindsight.standalone.users.LocalUser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The managers' Incidents page, as Jira's project page hosts it: the shell that mounts the incidents bundle, which
 * reads everything through the REST API (open incidents, post-mortems due, action items, metrics, charts, exports).
 * The bundle's filter offers the projects the signed-in user may see.
 */
public final class IncidentsPageServlet extends HttpServlet {

    private final transient Function<String, Set<String>> visibleProjects;

    /** {@code visibleProjects} answers the project keys a user (by key) may see. */
    public IncidentsPageServlet(Function<String, Set<String>> visibleProjects) {
        this.visibleProjects = visibleProjects;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LocalUser> user = RequestUser.current();
        if (user.isEmpty()) {
            response.setHeader("WWW-Authenticate", BasicAuthFilter.CHALLENGE);
            response.sendError(401, "Sign in to use Hindsight.");
            return;
        }
        String context = request.getContextPath();
        Map<String, String> data = new LinkedHashMap<>();
        data.put("base-url", context);
        data.put("projects", String.join(",", new TreeSet<>(visibleProjects.apply(user.get().key()))));
        data.put("incident-url", context + "/incidents/");
        // The host's follow-up issues have no page of their own: their keys are shown as text.
        data.put("action-item-url", "");
        data.put("declare-url", context + "/");
        // The declare dialog's bundle goes first, so "Declare incident" finds it however the scripts are timed.
        ScreenShell.write(response, ScreenShell.page(context, "Incidents", "incidents", "data-hindsight-incidents", data,
                "", List.of("declare")));
    }
}
