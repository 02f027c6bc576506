package io.hindsight.postmortem;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.Test;

/** The post-mortem feature stays plain Java: no host, no JAX-RS, no ORM; only the storage parser uses javax.xml. */
public class PostmortemArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.hindsight.postmortem");

    @Test
    public void postmortem_dependsOnNoHostJakartaOrOrmTypes() {
        noClasses().that().resideInAPackage("io.hindsight.postmortem..")
                .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "jakarta..", "net.java.ao..")
                .check(MAIN);
    }

    @Test
    public void postmortem_usesJavaxXmlOnlyInTheStoragePackage() {
        noClasses().that().resideInAPackage("io.hindsight.postmortem..")
                .and().resideOutsideOfPackage("io.hindsight.postmortem.storage")
                .should().dependOnClassesThat().resideInAPackage("javax..")
                .check(MAIN);
        noClasses().that().resideInAPackage("io.hindsight.postmortem.storage")
                .should().dependOnClassesThat(resideInAPackage("javax..").and(not(resideInAPackage("javax.xml.."))))
                .check(MAIN);
    }

    @Test
    public void storageAndLint_doNotDependOnTheComposer() {
        noClasses().that().resideInAnyPackage("io.hindsight.postmortem.storage", "io.hindsight.postmortem.lint")
                .should().dependOnClassesThat().resideInAPackage("io.hindsight.postmortem")
                .check(MAIN);
        noClasses().that().resideInAPackage("io.hindsight.postmortem.storage")
                .should().dependOnClassesThat().resideInAPackage("io.hindsight.postmortem.lint")
                .check(MAIN);
    }
}
