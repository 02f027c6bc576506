package io.hindsight.rest;

import io.hindsight.standalone.web.HindsightRestClasses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/**
 * Every POST, PUT and PATCH accepts {@code application/json} and nothing else. A browser cannot send JSON across
 * origins without a CORS preflight, so this is what stops cross-site form posts in the embedded host (Jira and
 * Confluence add their own XSRF check on top).
 */
public class JsonOnlyWritesTest {

    @Test
    public void everyProductWriteConsumesJsonOnly() {
        List<Class<?>> resources = ProductResources.scan();

        assertTrue(resources.containsAll(HindsightRestClasses.resources()));
        assertEquals(List.of(), resources.stream().flatMap(r -> violations(r).stream()).toList());
    }

    @Test
    public void rule_reportsAWriteWithoutConsumesAndOneThatAlsoTakesForms() {
        assertEquals(List.of("Writes.bare", "Writes.forms"), violations(Writes.class));
    }

    private static List<String> violations(Class<?> resource) {
        return Arrays.stream(resource.getMethods())
                .filter(JsonOnlyWritesTest::isWrite)
                .filter(method -> !consumesJsonOnly(method))
                .map(method -> method.getDeclaringClass().getSimpleName() + "." + method.getName())
                .sorted()
                .toList();
    }

    private static boolean isWrite(Method method) {
        return method.isAnnotationPresent(POST.class) || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    private static boolean consumesJsonOnly(Method method) {
        Consumes consumes = method.isAnnotationPresent(Consumes.class) ? method.getAnnotation(Consumes.class)
                : method.getDeclaringClass().getAnnotation(Consumes.class);
        return consumes != null && Arrays.equals(consumes.value(), new String[] {MediaType.APPLICATION_JSON});
    }

    /** Fixture: one write done right, two done wrong. */
    @Path("/fixture/writes")
    public static class Writes {

        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        public void json() {
        }

        @PUT
        public void bare() {
        }

        @POST
        @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_FORM_URLENCODED})
        public void forms() {
        }
    }
}
