package io.hindsight;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Spring Scanner index files are written by hand (Atlassian's scanner Maven plugin is out of reach); this test
 * derives them from the compiled classes' annotations and fails, naming every line to add or remove, when the files
 * kept in src/main/resources disagree.
 */
public class SpringScannerIndexTest {

    private static final Path INDEX_DIR = Paths.get("src/main/resources/META-INF/plugin-components");
    private static final List<String> PRODUCTS = List.of("jira", "confluence");

    private static Map<String, SortedSet<String>> kept;

    @BeforeClass
    public static void readKeptIndexFiles() {
        kept = readIndexFiles(INDEX_DIR);
    }

    @Test
    public void indexFiles_listExactlyTheAnnotatedComponentsAndImports() {
        JavaClasses production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/io/hindsight/standalone/"))
                .importPackages("io.hindsight");
        Map<String, SortedSet<String>> derived = ScannerIndexEntries.derive(production);

        List<String> problems = new ArrayList<>();
        Set<String> files = new TreeSet<>(derived.keySet());
        files.addAll(kept.keySet());
        for (String file : files) {
            SortedSet<String> missing = difference(derived.get(file), kept.get(file));
            SortedSet<String> extra = difference(kept.get(file), derived.get(file));
            missing.forEach(line -> problems.add(file + ": add " + line));
            extra.forEach(line -> problems.add(file + ": remove " + line));
        }
        if (!problems.isEmpty()) {
            fail("The index files in " + INDEX_DIR + " disagree with the annotations:\n  "
                    + String.join("\n  ", problems));
        }
    }

    @Test
    public void indexFiles_holdOnlyClassNamesOnePerLine() throws IOException {
        // The scanner runtime takes every line verbatim: no comments, no blank lines, no spaces.
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(INDEX_DIR)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String content = Files.readString(file, StandardCharsets.UTF_8);
                if (!content.endsWith("\n")) {
                    problems.add(file.getFileName() + ": does not end with a line break");
                }
                String format = ScannerIndexEntries.EXPORTS_FILE.equals(file.getFileName().toString())
                        ? "[A-Za-z_$][\\w$.]*#[A-Za-z_$][\\w$.]*(,[A-Za-z_$][\\w$.]*)*"
                        : "[A-Za-z_$][\\w$.]*(#[A-Za-z_$][\\w$]*)?";
                for (String line : content.split("\n", -1)) {
                    if (!line.isEmpty() && !line.matches(format)) {
                        problems.add(file.getFileName() + ": not a class name: '" + line + "'");
                    }
                }
                if (content.contains("\n\n") || content.startsWith("\n")) {
                    problems.add(file.getFileName() + ": has a blank line");
                }
                if (!ScannerIndexEntries.COMPONENT_FILES.containsValue(file.getFileName().toString())
                        && !ScannerIndexEntries.IMPORT_FILES.containsValue(file.getFileName().toString())
                        && !ScannerIndexEntries.EXPORTS_FILE.equals(file.getFileName().toString())) {
                    problems.add(file.getFileName() + ": not an index file this build knows");
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    public void beanNames_areUniqueInEachProduct() {
        // The scanner registers every component and import as a bean named after the class's simple name unless
        // the line says "#name"; two beans with one name silently lose one of them.
        List<String> problems = new ArrayList<>();
        for (String product : PRODUCTS) {
            Map<String, String> owners = new HashMap<>();
            // exports names beans already counted in the component files; it makes no bean of its own.
            for (String file : List.of("component", "component-" + product, "imports", "imports-" + product)) {
                for (String line : kept.getOrDefault(file, new TreeSet<>())) {
                    String previous = owners.put(beanName(line), line);
                    if (previous != null) {
                        problems.add(product + ": " + previous + " and " + line + " are both bean "
                                + beanName(line) + "; name one with the annotation's value");
                    }
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    public void derive_readsEveryScannerAnnotation() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("io.hindsight.archfixture.scanner");

        Map<String, SortedSet<String>> expected = new TreeMap<>();
        String fixture = "io.hindsight.archfixture.scanner.";
        expected.put("component", new TreeSet<>(List.of(fixture + "RenamedComponent#renamedComponent",
                fixture + "SharedComponent")));
        expected.put("component-jira", new TreeSet<>(List.of(fixture + "JiraOnlyComponent",
                fixture + "ExportedComponent")));
        expected.put("exports", new TreeSet<>(List.of(fixture + "ExportedComponent#java.lang.Runnable,"
                + "java.lang.AutoCloseable")));
        expected.put("component-confluence", new TreeSet<>(List.of(fixture + "ConfluenceOnlyComponent")));
        expected.put("imports", new TreeSet<>(List.of("com.atlassian.sal.api.user.UserManager")));
        expected.put("imports-jira", new TreeSet<>(List.of("com.atlassian.jira.issue.IssueManager",
                "com.atlassian.jira.user.util.UserManager#jiraUserManager")));
        expected.put("imports-confluence", new TreeSet<>(List.of("java.lang.Runnable")));
        assertEquals(expected, ScannerIndexEntries.derive(fixtures));
    }

    static String beanName(String line) {
        int hash = line.indexOf('#');
        if (hash >= 0) {
            return line.substring(hash + 1);
        }
        return Introspector.decapitalize(line.substring(line.lastIndexOf('.') + 1));
    }

    private static SortedSet<String> difference(Set<String> from, Set<String> minus) {
        SortedSet<String> result = new TreeSet<>(from == null ? Set.of() : from);
        if (minus != null) {
            result.removeAll(minus);
        }
        return result;
    }

    private static Map<String, SortedSet<String>> readIndexFiles(Path dir) {
        Map<String, SortedSet<String>> files = new TreeMap<>();
        try (Stream<Path> paths = Files.list(dir)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                SortedSet<String> lines = new TreeSet<>(Files.readAllLines(path, StandardCharsets.UTF_8));
                lines.remove("");
                files.put(path.getFileName().toString(), lines);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
