package io.hindsight.standalone.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the built frontend bundles from the classpath folder {@code frontend/}, as the plugin ships them, with
 * their texts put in by {@link JsI18n} as the products' web-resource transformer does.
 */
public final class AssetServlet extends HttpServlet {

    // Flat file names only: no path traversal, no directory listings.
    private static final Pattern ASSET = Pattern.compile("/[a-z0-9][a-z0-9._-]{0,99}\\.(js|css|svg|png)");

    private final JsI18n i18n = JsI18n.fromDescriptor();
    // Bundles do not change while the host runs; translate each once.
    private final Map<String, byte[]> scripts = new ConcurrentHashMap<>();

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
            if (path.endsWith(".js")) {
                byte[] script = scripts.computeIfAbsent(path, ignored -> translate(asset));
                response.getOutputStream().write(script);
            } else {
                asset.transferTo(response.getOutputStream());
            }
        }
    }

    private byte[] translate(InputStream script) {
        try {
            return i18n.transform(new String(script.readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
