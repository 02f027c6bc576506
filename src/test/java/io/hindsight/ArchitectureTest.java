package io.hindsight;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The dependency rules of DESIGN.md ("Ports and adapters"), checked on the compiled product code, and each rule
 * shown to catch a violation in the fixtures under {@code io.hindsight.archfixture}, so none of them passes for want
 * of anything to check.
 */
public class ArchitectureTest {

    private static final String ROOT = "io.hindsight";
    private static final String FIXTURES = "io.hindsight.archfixture";
    private static final List<String> FEATURES =
            List.of("incident", "timeline", "postmortem", "actionitem", "metrics", "audit", "platform", "ingest");

    private static JavaClasses production;
    private static JavaClasses fixtures;

    @BeforeClass
    public static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        fixtures = new ClassFileImporter().importPackages(FIXTURES);
    }

    @Test
    public void domainAndServices_useNoHostFrameworkOrPersistenceType() {
        domainIsHostFree(ROOT).check(production);
    }

    @Test
    public void onlyTheJiraAdapters_useJira() {
        onlyTheAdaptersUse(ROOT, "jira").check(production);
    }

    @Test
    public void onlyTheConfluenceAdapters_useConfluence() {
        onlyTheAdaptersUse(ROOT, "confluence").check(production);
    }

    @Test
    public void nothingOutsideTheEmbeddedHost_dependsOnIt() {
        nothingDependsOnTheEmbeddedHost(ROOT).check(production);
    }

    @Test
    public void aoEntities_areUsedOnlyInTheirOwnAoPackage() {
        aoEntitiesStayInTheirPackage(ROOT).check(production);
    }

    @Test
    public void domainRule_catchesHostTypesInTheDomain() {
        assertViolators(domainIsHostFree(FIXTURES), List.of("incident.IncidentOnJakarta", "timeline.TimelineOnJira"),
                List.of("timeline.rest.EventResource", "jira.JiraAdapter"));
    }

    @Test
    public void productRule_catchesJiraTypesOutsideTheJiraAdapters() {
        assertViolators(onlyTheAdaptersUse(FIXTURES, "jira"), List.of("timeline.TimelineOnJira"),
                List.of("jira.JiraAdapter"));
    }

    @Test
    public void embeddedHostRule_catchesProductCodeUsingIt() {
        assertViolators(nothingDependsOnTheEmbeddedHost(FIXTURES), List.of("timeline.TimelineOnStandalone"),
                List.of("standalone.EmbeddedHost"));
    }

    @Test
    public void aoRule_catchesEntitiesLeavingTheirPackage() {
        assertViolators(aoEntitiesStayInTheirPackage(FIXTURES),
                List.of("timeline.rest.EventResource", "actionitem.ao.ItemStore"), List.of("timeline.ao.EventStore"));
    }

    /**
     * Feature packages (not their ao, rest or sal adapters) import no host, framework or persistence type. Of the
     * javax packages only the Java EE ones are banned (they became jakarta.* between Platform 7 and 8); the JDK's
     * own javax.xml and javax.crypto are plain Java.
     */
    static ArchRule domainIsHostFree(String root) {
        return noClasses().that().resideInAnyPackage(FEATURES.stream().map(f -> root + "." + f + "..")
                        .toArray(String[]::new))
                .and().resideOutsideOfPackages("..ao..", "..rest..", "..sal..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("com.atlassian..", "net.java.ao..", "jakarta..", "javax.servlet..",
                        "javax.ws..", "javax.inject..", "javax.annotation..", "javax.xml.bind..", "javax.persistence..",
                        "javax.transaction..", "javax.validation..")
                .allowEmptyShould(false);
    }

    /** Only {@code <root>.<product>} may use {@code com.atlassian.<product>}. */
    static ArchRule onlyTheAdaptersUse(String root, String product) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + "." + product + "..")
                .should().dependOnClassesThat().resideInAPackage("com.atlassian." + product + "..")
                .allowEmptyShould(false);
    }

    /** The embedded host may use the product; the product never uses the embedded host. */
    static ArchRule nothingDependsOnTheEmbeddedHost(String root) {
        return noClasses().that().resideInAPackage(root + "..")
                .and().resideOutsideOfPackage(root + ".standalone..")
                .should().dependOnClassesThat().resideInAPackage(root + ".standalone..")
                .allowEmptyShould(false);
    }

    /** An Active Objects entity (a class ending in Ao in an ao package) is used only in its own package. */
    static ArchRule aoEntitiesStayInTheirPackage(String root) {
        return classes().that().resideInAPackage(root + "..")
                .should(new ArchCondition<JavaClass>("use Active Objects entities only in the entity's own package") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            if (isAoEntity(target) && !target.getPackageName().equals(origin.getPackageName())) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(false);
    }

    private static boolean isAoEntity(JavaClass type) {
        return type.getSimpleName().endsWith("Ao") && Arrays.asList(type.getPackageName().split("\\.")).contains("ao");
    }

    private static void assertViolators(ArchRule rule, List<String> violators, List<String> compliant) {
        List<String> details = rule.evaluate(fixtures).getFailureReport().getDetails();
        String report = String.join("\n", details);
        for (String violator : violators) {
            assertTrue("expected a violation by " + violator + " in:\n" + report, isOrigin(details, violator));
        }
        for (String ok : compliant) {
            assertFalse("no violation expected by " + ok + " in:\n" + report, isOrigin(details, ok));
        }
    }

    /** Whether a violation starts at the class: ArchUnit names the violating element first, in angle brackets. */
    private static boolean isOrigin(List<String> details, String fixtureClass) {
        String name = FIXTURES + "." + fixtureClass;
        return details.stream()
                .map(detail -> detail.substring(detail.indexOf('<') + 1, detail.indexOf('>')))
                .anyMatch(origin -> origin.equals(name) || origin.matches(Pattern.quote(name) + "[.$(].*"));
    }
}
