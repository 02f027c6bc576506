package io.hindsight.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

/** Serves the built frontend bundles from the classpath folder {@code frontend/}, exactly as the plugin ships them. */
public final class AssetServlet extends HttpServlet {

    // Flat file names only: no path traversal, no directory listings.
    private static final Pattern ASSET = Pattern.compile("/[a-z0-9][a-z0-9._-]{0,99}\\.(js|css|svg|png)");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        if (path == null || !ASSET.matcher(path).matches()) {
            response.sendError(404);
            return;
        }
        try (InputStream asset = AssetServlet.class.getClassLoader().getResourceAsStream("frontend" + path)) {
            if (asset == null) {
                response.sendError(404);
                return;
            }
            response.setContentType(contentType(path));
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Cache-Control", "no-cache");
            asset.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String path) {
        if (path.endsWith(".js")) {
            return "text/javascript;charset=utf-8";
        }
        if (path.endsWith(".css")) {
            return "text/css;charset=utf-8";
        }
        return path.endsWith(".svg") ? "image/svg+xml" : "image/png";
    }
}
