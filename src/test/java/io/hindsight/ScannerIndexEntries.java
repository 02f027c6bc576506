package io.hindsight;

import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.properties.HasAnnotations;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Spring Scanner index files that Atlassian's scanner Maven plugin would write for a set of classes: file name
 * (under META-INF/plugin-components) to its lines, one class name per line with an optional "#beanName".
 */
final class ScannerIndexEntries {

    private static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";

    /** Class annotations that make a component, and the index file each one goes to. */
    static final Map<String, String> COMPONENT_FILES = ordered(
            "jakarta.inject.Named", "component",
            SCANNER + "component.JiraComponent", "component-jira",
            SCANNER + "component.ConfluenceComponent", "component-confluence");

    /** Constructor parameter and field annotations that import a host component, and the index file of each. */
    static final Map<String, String> IMPORT_FILES = ordered(
            SCANNER + "imports.ComponentImport", "imports",
            SCANNER + "imports.JiraImport", "imports-jira",
            SCANNER + "imports.ConfluenceImport", "imports-confluence");

    /** The class annotation that publishes a component as an OSGi service, and its index file. */
    static final String EXPORT_ANNOTATION = SCANNER + "export.ExportAsService";
    static final String EXPORTS_FILE = "exports";

    private ScannerIndexEntries() {
    }

    static Map<String, SortedSet<String>> derive(JavaClasses classes) {
        Map<String, SortedSet<String>> files = new TreeMap<>();
        for (JavaClass javaClass : classes) {
            COMPONENT_FILES.forEach((annotation, file) -> entry(javaClass, annotation, javaClass.getName())
                    .ifPresent(line -> add(files, file, line)));
            javaClass.tryGetAnnotationOfType(EXPORT_ANNOTATION)
                    .ifPresent(export -> add(files, EXPORTS_FILE, exportLine(javaClass, export)));
            for (JavaConstructor constructor : javaClass.getConstructors()) {
                for (JavaParameter parameter : constructor.getParameters()) {
                    addImports(files, parameter, parameter.getRawType());
                }
            }
            for (JavaField field : javaClass.getFields()) {
                addImports(files, field, field.getRawType());
            }
        }
        return files;
    }

    private static void addImports(Map<String, SortedSet<String>> files, HasAnnotations<?> annotated,
            JavaClass importedType) {
        IMPORT_FILES.forEach((annotation, file) -> entry(annotated, annotation, importedType.getName())
                .ifPresent(line -> add(files, file, line)));
    }

    private static Optional<String> entry(HasAnnotations<?> annotated, String annotation, String className) {
        return annotated.tryGetAnnotationOfType(annotation).map(found -> className + beanNameSuffix(found));
    }

    /**
     * The runtime's format (ServiceExporterBeanPostProcessor in atlassian-spring-scanner-runtime): the bean's class,
     * "#", then the interfaces it is published under, comma-separated.
     */
    private static String exportLine(JavaClass javaClass, JavaAnnotation<?> export) {
        Object[] interfaces = (Object[]) export.get("value").orElse(new Object[0]);
        StringBuilder line = new StringBuilder(javaClass.getName());
        for (int i = 0; i < interfaces.length; i++) {
            line.append(i == 0 ? '#' : ',').append(((JavaClass) interfaces[i]).getName());
        }
        return line.toString();
    }

    private static String beanNameSuffix(JavaAnnotation<?> annotation) {
        String name = annotation.get("value").map(String::valueOf).orElse("");
        return name.isEmpty() ? "" : "#" + name;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void add(Map<String, SortedSet<String>> files, String file, String line) {
        files.computeIfAbsent(file, ignored -> new TreeSet<>()).add(line);
    }
}
