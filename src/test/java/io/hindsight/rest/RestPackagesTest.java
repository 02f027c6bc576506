package io.hindsight.rest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import org.junit.Test;

/**
 * REST code stays in {@code rest} packages: the hosts find resources and providers by scanning
 * {@code io.hindsight.*.rest}, and the domain must not depend on JAX-RS, Jackson or the REST plugin.
 */
public class RestPackagesTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight");

    @Test
    public void resourcesAndProviders_liveInRestPackages() {
        classes().that().areAnnotatedWith(Path.class).or().areAnnotatedWith(Provider.class)
                .should().resideInAPackage("io.hindsight.*.rest")
                .check(PRODUCT);
    }

    @Test
    public void onlyRestPackagesAndTheEmbeddedHost_useJaxRsJacksonOrTheRestPlugin() {
        noClasses().that().resideOutsideOfPackages("..rest..", "io.hindsight.standalone..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "com.fasterxml.jackson..",
                        "com.atlassian.plugins.rest..")
                .check(PRODUCT);
    }
}
