package io.hindsight.rest;

import io.hindsight.standalone.web.HindsightRestClasses;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** Every REST endpoint in the product carries exactly one explicit access annotation ({@link AccessAnnotationRule}). */
public class RestAccessAnnotationTest {

    @Test
    public void everyProductResourceMethodCarriesExactlyOneAccessAnnotation() {
        List<Class<?>> resources = ProductResources.scan();

        assertTrue("the scan must see every registered resource, or it proves nothing: " + resources,
                resources.containsAll(HindsightRestClasses.resources()));
        assertEquals(List.of(), resources.stream().flatMap(r -> AccessAnnotationRule.violations(r).stream()).toList());
    }

    @Test
    public void rule_acceptsOneAnnotationPerEndpoint() {
        assertEquals(List.of(), AccessAnnotationRule.violations(AccessAnnotationFixtures.WellAnnotated.class));
    }

    @Test
    public void rule_reportsAnEndpointWithoutAnnotation() {
        List<String> violations = AccessAnnotationRule.violations(AccessAnnotationFixtures.MissingOne.class);

        assertEquals(violations.toString(), 1, violations.size());
        assertTrue(violations.get(0), violations.get(0).contains("MissingOne.forgotten has []"));
    }

    @Test
    public void rule_reportsAnEndpointWithTwoAnnotations() {
        List<String> violations = AccessAnnotationRule.violations(AccessAnnotationFixtures.TwoOnOneMethod.class);

        assertEquals(violations.toString(), 1, violations.size());
        assertTrue(violations.get(0), violations.get(0).contains("TwoOnOneMethod.undecided has [AnonymousSiteAccess, LicensedOnly]"));
    }

    @Test
    public void rule_refusesClassLevelAnnotations() {
        List<String> violations = AccessAnnotationRule.violations(AccessAnnotationFixtures.ClassLevelOnly.class);

        assertEquals(violations.toString(), 2, violations.size());
        assertTrue(violations.get(0), violations.get(0).contains("on the class"));
        assertTrue(violations.get(1), violations.get(1).contains("ClassLevelOnly.inherits has []"));
    }

    @Test
    public void rule_refusesSubResourceLocators() {
        List<String> violations = AccessAnnotationRule.violations(AccessAnnotationFixtures.Locator.class);

        assertEquals(violations.toString(), 1, violations.size());
        assertTrue(violations.get(0), violations.get(0).contains("sub-resource locator"));
    }
}
