package io.hindsight.security;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One REST endpoint as its resource class declares it: the HTTP method and the path template, with regular
 * expressions taken out of the path parameters ({@code /incidents/{key}/timeline/{id}}), and its query parameters.
 */
record Endpoint(String method, String path, List<String> queryParams) {

    private static final Map<Class<? extends Annotation>, String> HTTP_METHODS = Map.of(GET.class, "GET",
            POST.class, "POST", PUT.class, "PUT", DELETE.class, "DELETE", PATCH.class, "PATCH", HEAD.class, "HEAD");
    // "{id: [0-9]{1,18}}" holds braces of its own; match a name, then anything up to the brace closing the template.
    private static final Pattern TEMPLATE_WITH_REGEX = Pattern.compile("\\{\\s*(\\w+)\\s*:(?:[^{}]|\\{[^{}]*\\})*\\}");

    /** What a row of the security table names: {@code "POST /incidents/{key}/transitions"}. */
    String id() {
        return method + " " + path;
    }

    /** Every endpoint the resource classes declare, sorted by path then method. */
    static List<Endpoint> declaredBy(List<Class<?>> resources) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Class<?> resource : resources) {
            String base = pathOf(resource.getAnnotation(Path.class));
            for (Method method : resource.getMethods()) {
                String httpMethod = httpMethodOf(method);
                if (httpMethod == null) {
                    continue;
                }
                String path = normalise(base + "/" + pathOf(method.getAnnotation(Path.class)));
                List<String> query = Arrays.stream(method.getParameters())
                        .filter(parameter -> parameter.isAnnotationPresent(QueryParam.class))
                        .map(Endpoint::queryName).toList();
                endpoints.add(new Endpoint(httpMethod, path, query));
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private static String queryName(Parameter parameter) {
        return parameter.getAnnotation(QueryParam.class).value();
    }

    private static String httpMethodOf(Method method) {
        return HTTP_METHODS.entrySet().stream().filter(entry -> method.isAnnotationPresent(entry.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static String pathOf(Path path) {
        return path == null ? "" : path.value();
    }

    static String normalise(String path) {
        Matcher matcher = TEMPLATE_WITH_REGEX.matcher(path);
        String plain = matcher.replaceAll("{$1}").replaceAll("/+", "/");
        plain = plain.startsWith("/") ? plain : "/" + plain;
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }
}
