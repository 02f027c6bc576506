package io.hindsight.standalone.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The server-rendered page that hosts one frontend bundle, as a Jira page hosts a web-resource: a title, an optional
 * escaped server-rendered part, and the mount element with its data attributes. Every value is escaped here.
 */
final class ScreenShell {

    private ScreenShell() {
    }

    /**
     * The page for bundle {@code feature} ({@code hindsight-<feature>.js} and its CSS), mounted on an element with
     * {@code mountAttribute} and {@code data}; {@code beforeMount} is HTML the caller has already escaped.
     */
    static String page(String contextPath, String title, String feature, String mountAttribute,
            Map<String, String> data, String beforeMount) {
        return page(contextPath, title, feature, mountAttribute, data, beforeMount, List.of());
    }

    /** As above, also loading the bundles of {@code alsoLoaded} (their CSS first), as a web-resource dependency would. */
    static String page(String contextPath, String title, String feature, String mountAttribute,
            Map<String, String> data, String beforeMount, List<String> alsoLoaded) {
        StringBuilder others = new StringBuilder();
        for (String other : alsoLoaded) {
            String path = Html.escape(contextPath) + "/frontend/hindsight-" + Html.escape(other);
            others.append("<link rel=\"stylesheet\" href=\"").append(path).append(".css\">")
                    .append("<script src=\"").append(path).append(".js\" defer></script>");
        }
        String assets = Html.escape(contextPath) + "/frontend/hindsight-" + Html.escape(feature);
        StringBuilder mount = new StringBuilder("<div ").append(Html.escape(mountAttribute));
        data.forEach((name, value) -> mount.append(" data-").append(Html.escape(name)).append("=\"")
                .append(Html.escape(value)).append('"'));
        mount.append("></div>");
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + Html.escape(title) + " \u00b7 Hindsight</title>"
                + "<link rel=\"stylesheet\" href=\"" + assets + ".css\">"
                + "<style>body{margin:24px;max-width:72rem;color:#172b4d;font-family:system-ui,sans-serif}"
                + "nav a{margin-right:16px;color:#0c66e4}</style>"
                + others + "<script src=\"" + assets + ".js\" defer></script></head><body>"
                + "<nav aria-label=\"Hindsight\"><a href=\"" + Html.escape(contextPath) + "/\">All incidents</a>"
                + "<a href=\"" + Html.escape(contextPath) + "/incidents-page\">Incidents overview</a></nav>"
                + "<main>" + beforeMount + mount + "</main></body></html>";
    }

    static void write(HttpServletResponse response, String html) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", "default-src 'self'; style-src 'self' 'unsafe-inline'");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.getWriter().write(html);
    }
}
