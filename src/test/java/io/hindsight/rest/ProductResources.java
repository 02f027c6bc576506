package io.hindsight.rest;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.Path;
import java.util.List;

/** The product's JAX-RS resource classes, found by scanning the compiled main classes (never the tests). */
final class ProductResources {

    private ProductResources() {
    }

    static List<Class<?>> scan() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.hindsight")
                .stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(Path.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }
}
