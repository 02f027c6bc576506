package io.hindsight.standalone.web;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.hindsight.standalone.users.LocalUser;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Enforces the REST v2 access annotations the way Jira and Confluence do, for a site without anonymous access
 * where every local user is licensed. A method without an annotation is refused: fail closed.
 */
public final class AccessAnnotationFeature implements DynamicFeature {

    enum Rule { ANYONE, SIGNED_IN, ADMIN }

    private static final List<Map.Entry<Class<? extends Annotation>, Rule>> RULES = List.of(
            Map.entry(UnrestrictedAccess.class, Rule.ANYONE),
            Map.entry(AnonymousSiteAccess.class, Rule.SIGNED_IN),
            Map.entry(UnlicensedSiteAccess.class, Rule.SIGNED_IN),
            Map.entry(LicensedOnly.class, Rule.SIGNED_IN),
            Map.entry(AdminOnly.class, Rule.ADMIN),
            Map.entry(SystemAdminOnly.class, Rule.ADMIN));

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Optional<Rule> rule = ruleOf(resource.getResourceMethod())
                .or(() -> ruleOf(resource.getResourceClass()));
        context.register(filterFor(rule.orElse(null)));
    }

    static Optional<Rule> ruleOf(AnnotatedElement element) {
        return RULES.stream().filter(entry -> element.isAnnotationPresent(entry.getKey()))
                .map(Map.Entry::getValue).findFirst();
    }

    private static ContainerRequestFilter filterFor(Rule rule) {
        return request -> {
            Optional<LocalUser> user = RequestUser.current();
            if (rule == null) {
                request.abortWith(error(403, "forbidden", "This endpoint declares no access rule."));
            } else if (rule != Rule.ANYONE && user.isEmpty()) {
                request.abortWith(Response.fromResponse(error(401, "unauthenticated", "Sign in to use Hindsight."))
                        .header("WWW-Authenticate", BasicAuthFilter.CHALLENGE).build());
            } else if (rule == Rule.ADMIN && !user.get().admin()) {
                request.abortWith(error(403, "forbidden", "Only administrators may do this."));
            }
        };
    }

    private static Response error(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonErrors.body(status, code, message))
                .build();
    }
}
