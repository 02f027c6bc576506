package io.hindsight.rest;

import com.atlassian.plugins.rest.api.security.annotation.AdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.SystemAdminOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnlicensedSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rule that every REST endpoint states who may call it: each public method with an HTTP-method annotation
 * carries exactly one REST v2 access annotation, on the method itself.
 *
 * <p>Class-level access annotations are refused: a method added later under a permissive class-level annotation
 * would inherit it without anyone deciding, and how the host combines class and method levels is not documented.
 * Sub-resource locators are refused too, since the classes they return carry no {@code @Path} and would escape
 * the scan.
 */
final class AccessAnnotationRule {

    static final List<Class<? extends Annotation>> ACCESS_ANNOTATIONS = List.of(UnrestrictedAccess.class,
            AnonymousSiteAccess.class, UnlicensedSiteAccess.class, LicensedOnly.class, AdminOnly.class,
            SystemAdminOnly.class);

    private AccessAnnotationRule() {
    }

    /** What is wrong with this resource class, one line per problem; empty when it follows the rule. */
    static List<String> violations(Class<?> resource) {
        List<String> violations = new ArrayList<>();
        List<String> onClass = accessAnnotationsOn(resource);
        if (!onClass.isEmpty()) {
            violations.add(resource.getName() + " has " + onClass + " on the class; put one on each method instead");
        }
        Arrays.stream(resource.getMethods())
                .sorted(Comparator.comparing(Method::getName))
                .forEach(method -> {
                    boolean handlesRequests = Arrays.stream(method.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
                    if (handlesRequests) {
                        List<String> onMethod = accessAnnotationsOn(method);
                        if (onMethod.size() != 1) {
                            violations.add(name(method) + " has " + onMethod + "; it needs exactly one of "
                                    + ACCESS_ANNOTATIONS.stream().map(Class::getSimpleName).toList());
                        }
                    } else if (method.isAnnotationPresent(Path.class)) {
                        violations.add(name(method) + " is a sub-resource locator; the access check cannot see "
                                + "what it returns");
                    }
                });
        return violations;
    }

    private static List<String> accessAnnotationsOn(AnnotatedElement element) {
        return ACCESS_ANNOTATIONS.stream()
                .filter(element::isAnnotationPresent)
                .map(Class::getSimpleName)
                .toList();
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getName() + "." + method.getName();
    }
}
