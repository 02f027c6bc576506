package io.hindsight.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the built plugin jar and checks what Jira and Confluence will read from it: the OSGi manifest, the
 * descriptor, the Spring Scanner index, the Spring XML and the i18n bundle, and that nothing else got in.
 */
public class PluginJarIT {

    private static final Path JAR = Paths.get(requiredProperty("hindsight.pluginJar"));
    private static final String PLUGIN_KEY = requiredProperty("hindsight.pluginKey");
    private static final String DESCRIPTOR = "atlassian-plugin.xml";
    private static final String SCANNER_ANNOTATIONS = "com.atlassian.plugin.spring.scanner.";

    /**
     * Names the descriptor gives ahead of the branches that write them. Each is let off only while the jar holds no
     * class at all in its package; once that package arrives, the name is checked like any other.
     */
    private static final Set<String> AWAITED_FROM_OTHER_BRANCHES = Set.of(
            "io.hindsight.timeline.ao.TimelineEventAo", "io.hindsight.timeline.rest", "io.hindsight.platform.rest");

    /** Packages that only one of the two products exports; importing them mandatorily would fail the other. */
    private static final List<String> PRODUCT_ONLY_PACKAGES = List.of("com.atlassian.jira.",
            "com.atlassian.confluence.", "com.opensymphony.", "org.ofbiz.", "com.atlassian.query.");

    private static JarFile jar;
    private static SortedSet<String> entries;
    private static Attributes manifest;
    private static Map<String, Map<String, String>> imports;
    private static Element descriptor;

    @BeforeClass
    public static void openJar() throws Exception {
        jar = new JarFile(JAR.toFile());
        entries = jar.stream().map(JarEntry::getName).collect(Collectors.toCollection(TreeSet::new));
        manifest = jar.getManifest().getMainAttributes();
        imports = parseHeader(manifest.getValue("Import-Package"));
        descriptor = parse(DESCRIPTOR, false).getDocumentElement();
    }

    @AfterClass
    public static void closeJar() throws IOException {
        jar.close();
    }

    @Test
    public void manifest_namesThePluginAndAsksForItsSpringContext() {
        assertEquals(PLUGIN_KEY, manifest.getValue("Atlassian-Plugin-Key"));
        assertEquals(PLUGIN_KEY, manifest.getValue("Bundle-SymbolicName").split(";")[0].trim());
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertNotNull("Bundle-Version", manifest.getValue("Bundle-Version"));
        assertEquals("*", manifest.getValue("Spring-Context"));
    }

    @Test
    public void manifest_exportsNothingAndImportsProductPackagesOptionally() {
        String exports = manifest.getValue("Export-Package");
        assertTrue("Export-Package: " + exports, exports == null || exports.isBlank());
        assertEquals(null, manifest.getValue("DynamicImport-Package"));
        List<String> problems = new ArrayList<>();
        imports.forEach((pkg, attributes) -> {
            boolean optional = "optional".equals(attributes.get("resolution:"));
            // A prefix also names its own root package: com.atlassian.jira (JiraDataTypes) is as Jira-only as its children.
            boolean productPackage = PRODUCT_ONLY_PACKAGES.stream().anyMatch(prefix -> (pkg + ".").startsWith(prefix));
            if (productPackage != optional) {
                problems.add(pkg + (productPackage ? " must be optional (one jar, two products)"
                        : " must be mandatory (a missing host package should fail the install, not a request)"));
            }
            if (pkg.startsWith("io.hindsight.") || pkg.startsWith(SCANNER_ANNOTATIONS) || pkg.equals("*")) {
                problems.add(pkg + " must not be imported");
            }
        });
        assertEquals("", String.join("\n", problems));
        assertTrue(imports.keySet().containsAll(List.of("com.atlassian.sal.api.user", "jakarta.inject")));
    }

    @Test
    public void manifest_importsEveryPackageTheClassesUse() {
        // Import-Package is an explicit list; a package the code uses but the list misses would only fail in the host.
        JavaClasses classes = new ClassFileImporter().importJar(jar);
        Set<String> ownPackages = classes.stream().map(JavaClass::getPackageName).collect(Collectors.toSet());
        Map<String, String> missing = new LinkedHashMap<>();
        for (JavaClass javaClass : classes) {
            for (Dependency dependency : javaClass.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass().getBaseComponentType();
                String pkg = target.getPackageName();
                boolean provided = target.isPrimitive() || pkg.startsWith("java.") || ownPackages.contains(pkg)
                        || imports.containsKey(pkg) || pkg.startsWith(SCANNER_ANNOTATIONS);
                if (!provided) {
                    missing.putIfAbsent(pkg, dependency.getDescription());
                }
            }
        }
        assertEquals("packages used but not imported (add them to Import-Package in pom.xml)",
                Collections.emptyMap(), missing);
    }

    @Test
    public void jar_holdsHindsightClassesOnly_neitherStandInsNorTheEmbeddedHost() {
        List<String> strays = entries.stream()
                .filter(name -> (name.endsWith(".class") && !name.startsWith("io/hindsight/"))
                        || name.startsWith("com/atlassian/")
                        || name.startsWith("io/hindsight/standalone/")
                        || name.contains("hindsight-standalone/")
                        || name.equals("test.properties") || name.endsWith("/test.properties"))
                .collect(Collectors.toList());
        assertEquals(List.of(), strays);
        assertTrue(entries.contains("io/hindsight/jira/JiraIncidentDirectory.class"));
    }

    @Test
    public void descriptor_isAtTheRootFilteredAndDeclaresDataCenterSupport() throws IOException {
        assertEquals("atlassian-plugin", descriptor.getTagName());
        assertEquals(PLUGIN_KEY, descriptor.getAttribute("key"));
        assertEquals("2", descriptor.getAttribute("plugins-version"));
        assertFalse("unfiltered Maven property", read(DESCRIPTOR).contains("${"));
        Map<String, String> params = new LinkedHashMap<>();
        for (Element param : elements(descriptor, "param")) {
            params.put(param.getAttribute("name"), param.getTextContent().trim());
        }
        assertEquals("compatible", params.get("atlassian-data-center-status"));
        assertEquals("true", params.get("atlassian-data-center-compatible"));
    }

    @Test
    public void descriptor_namesOnlyClassesAndPackagesInTheJar() {
        List<String> problems = new ArrayList<>();
        for (String className : descriptorClassNames()) {
            if (!hasClass(className) && !awaited(className, packageOf(className))) {
                problems.add("no class " + className);
            }
        }
        for (String pkg : restPackages()) {
            if (!hasClassUnder(pkg) && !awaited(pkg, pkg)) {
                problems.add("no class in REST package " + pkg);
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    public void descriptor_listsEveryEntityAndEveryRestPackageInTheJar() {
        JavaClasses classes = new ClassFileImporter().importJar(jar);
        Set<String> entities = texts("entity");
        Set<String> restPackages = restPackages();
        List<String> problems = new ArrayList<>();
        for (JavaClass javaClass : classes) {
            if (javaClass.isInterface() && javaClass.isAssignableTo("net.java.ao.RawEntity")
                    && !entities.contains(javaClass.getName())) {
                problems.add("add <entity>" + javaClass.getName() + "</entity> to <ao>");
            }
            String pkg = javaClass.getPackageName();
            if (pkg.endsWith(".rest") && !restPackages.contains(pkg)) {
                problems.add("add <package>" + pkg + "</package> to <rest>");
            }
        }
        assertEquals("", problems.stream().distinct().collect(Collectors.joining("\n")));
    }

    @Test
    public void scannerIndex_namesComponentsInTheJarAndImportsFromTheHost() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> indexFiles = entries.stream()
                .filter(name -> name.startsWith("META-INF/plugin-components/") && !name.endsWith("/"))
                .collect(Collectors.toList());
        assertTrue("index files: " + indexFiles, indexFiles.contains("META-INF/plugin-components/component-jira"));
        for (String indexFile : indexFiles) {
            boolean importFile = indexFile.substring(indexFile.lastIndexOf('/') + 1).startsWith("imports");
            for (String line : read(indexFile).split("\n")) {
                String className = line.split("#")[0];
                if (!importFile && !hasClass(className)) {
                    problems.add(indexFile + ": no class " + className + " in the jar");
                }
                if (importFile && (hasClass(className) || !imports.containsKey(packageOf(className)))) {
                    problems.add(indexFile + ": " + className + " should come from the host through Import-Package");
                }
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    public void springXml_scansTheIndexAndNamesOnlyClassesInTheJar() throws Exception {
        List<String> springFiles = entries.stream()
                .filter(name -> name.startsWith("META-INF/spring/") && name.endsWith(".xml"))
                .collect(Collectors.toList());
        assertEquals(List.of("META-INF/spring/plugin-context.xml"), springFiles);
        Document context = parse(springFiles.get(0), true);
        assertEquals(1, context.getElementsByTagNameNS(
                "http://www.atlassian.com/schema/atlassian-scanner/2", "scan-indexes").getLength());
        List<String> problems = new ArrayList<>();
        for (Element element : elements(context.getDocumentElement(), "*")) {
            String className = element.getAttribute("class");
            if (!className.isEmpty() && !hasClass(className)) {
                problems.add("no class " + className);
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    @Test
    public void descriptor_downloadResourcesAreInTheJar() {
        List<String> missing = elements(descriptor, "resource").stream()
                .filter(resource -> "download".equals(resource.getAttribute("type")))
                .map(resource -> resource.getAttribute("location"))
                .filter(location -> !entries.contains(location))
                .collect(Collectors.toList());
        assertEquals("download resources missing from the jar", List.of(), missing);
        assertTrue("the descriptor declares no web-resource download at all",
                elements(descriptor, "resource").stream().anyMatch(r -> "download".equals(r.getAttribute("type"))));
    }

    @Test
    public void i18nBundles_holdEveryKeyTheDescriptorAndBundlesUse_asPlainText() throws IOException {
        List<Element> bundles = elements(descriptor, "resource").stream()
                .filter(resource -> "i18n".equals(resource.getAttribute("type")))
                .collect(Collectors.toList());
        assertFalse("the descriptor declares no i18n bundle", bundles.isEmpty());
        List<String> problems = new ArrayList<>();
        Properties texts = new Properties();
        for (Element bundle : bundles) {
            String bundleEntry = bundle.getAttribute("location") + ".properties";
            assertTrue("no " + bundleEntry, entries.contains(bundleEntry));
            Properties one = new Properties();
            try (InputStream in = jar.getInputStream(jar.getEntry(bundleEntry))) {
                one.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : one.stringPropertyNames()) {
                if (texts.containsKey(key)) {
                    problems.add("key in two bundles: " + key);
                }
            }
            texts.putAll(one);
        }

        Set<String> usedKeys = descriptorI18nKeys();
        usedKeys.addAll(frontendI18nKeys(problems));
        for (String key : usedKeys) {
            if (!texts.containsKey(key)) {
                problems.add("missing key " + key);
            }
        }
        for (String key : texts.stringPropertyNames()) {
            if (!key.matches("hindsight(\\.[a-z][a-zA-Z0-9]*){2,}")) {
                problems.add("key not in hindsight.<feature>.<element> form: " + key);
            }
            if (texts.getProperty(key).matches("(?s).*[<>].*")) {
                problems.add("markup in " + key);
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    /**
     * The keys the built bundles ask for. The hosts' jsI18n transformer replaces only literal
     * {@code AJS.I18n.getText("key")} calls, so any other form of the call is reported as a problem.
     */
    private static Set<String> frontendI18nKeys(List<String> problems) throws IOException {
        Pattern literalCall = Pattern.compile("AJS\\.I18n\\.getText\\(\"([A-Za-z0-9._-]+)\"");
        Pattern anyCall = Pattern.compile("I18n\\.getText\\(");
        Set<String> keys = new TreeSet<>();
        for (String entry : entries) {
            if (!entry.startsWith("frontend/") || !entry.endsWith(".js")) {
                continue;
            }
            String code;
            try (InputStream in = jar.getInputStream(jar.getEntry(entry))) {
                code = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Matcher literal = literalCall.matcher(code);
            int literalCalls = 0;
            while (literal.find()) {
                keys.add(literal.group(1));
                literalCalls++;
            }
            long allCalls = anyCall.matcher(code).results().count();
            if (allCalls != literalCalls) {
                problems.add(entry + ": " + (allCalls - literalCalls) + " getText calls the host cannot translate");
            }
        }
        return keys;
    }

    private static Set<String> descriptorClassNames() {
        Set<String> names = new TreeSet<>();
        for (Element element : elements(descriptor, "*")) {
            if (element.hasAttribute("class")) {
                names.add(element.getAttribute("class"));
            }
        }
        names.addAll(texts("entity"));
        names.addAll(texts("upgradeTask"));
        return names;
    }

    private static Set<String> descriptorI18nKeys() {
        Set<String> keys = new TreeSet<>();
        List<Element> all = new ArrayList<>(elements(descriptor, "*"));
        all.add(descriptor);
        for (Element element : all) {
            if (element.hasAttribute("i18n-name-key")) {
                keys.add(element.getAttribute("i18n-name-key"));
            }
            // On module elements "key" is the module key; on these child elements it is an i18n key.
            boolean textElement = Set.of("description", "label", "tooltip").contains(element.getTagName());
            if (textElement && element.hasAttribute("key")) {
                keys.add(element.getAttribute("key"));
            }
        }
        return keys;
    }

    private static Set<String> restPackages() {
        return texts("package");
    }

    private static Set<String> texts(String tagName) {
        return elements(descriptor, tagName).stream().map(e -> e.getTextContent().trim())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean awaited(String name, String pkg) {
        return AWAITED_FROM_OTHER_BRANCHES.contains(name) && !hasClassUnder(pkg);
    }

    private static boolean hasClass(String className) {
        return entries.contains(className.replace('.', '/') + ".class");
    }

    private static boolean hasClassUnder(String pkg) {
        String prefix = pkg.replace('.', '/') + "/";
        return entries.stream().anyMatch(name -> name.startsWith(prefix) && name.endsWith(".class"));
    }

    private static String packageOf(String className) {
        return className.substring(0, Math.max(0, className.lastIndexOf('.')));
    }

    private static String read(String entry) throws IOException {
        JarEntry found = jar.getJarEntry(entry);
        assertNotNull("no " + entry + " in " + JAR.getFileName(), found);
        try (InputStream in = jar.getInputStream(found)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Document parse(String entry, boolean namespaceAware) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(namespaceAware);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        JarEntry found = jar.getJarEntry(entry);
        assertNotNull("no " + entry + " in " + JAR.getFileName(), found);
        try (InputStream in = jar.getInputStream(found)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static List<Element> elements(Element root, String tagName) {
        NodeList nodes = root.getElementsByTagName(tagName);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** An OSGi header as package to attributes and directives (directive names keep their trailing colon). */
    static Map<String, Map<String, String>> parseHeader(String header) {
        Map<String, Map<String, String>> clauses = new LinkedHashMap<>();
        if (header == null) {
            return clauses;
        }
        for (String clause : splitOutsideQuotes(header, ',')) {
            List<String> parts = splitOutsideQuotes(clause, ';');
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts.subList(1, parts.size())) {
                int equals = part.indexOf('=');
                attributes.put(part.substring(0, equals).trim(), part.substring(equals + 1).trim().replace("\"", ""));
            }
            clauses.put(parts.get(0).trim(), attributes);
        }
        return clauses;
    }

    private static List<String> splitOutsideQuotes(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null) {
            throw new IllegalStateException(name + " is not set; run this test through Maven failsafe (mvn verify)");
        }
        return value;
    }
}
