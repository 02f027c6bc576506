package io.hindsight;

import java.beans.Introspector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The plugin's Spring context in one product as Spring Scanner and the plugin framework would build it, checked
 * without the product: the beans are what the index files list (components, imports); every component, every REST
 * resource or provider in the descriptor's {@code <rest>} packages, and every class the descriptor names for the
 * framework to autowire (context providers, conditions, validators, macros, ...) must find each constructor
 * argument among them, exactly once, without cycles.
 *
 * <p>Rules, as Spring 6 applies them to these classes: the constructor used is the one annotated {@code @Inject} or
 * {@code @Autowired}, else the only public one, else the public no-argument one. A parameter is matched by type;
 * a qualifier narrows it to the bean of that name: {@code jakarta.inject.Named} or the value of a scanner import
 * annotation ({@code @JiraImport("jiraUserManager")}), the bean name the import line carries after '#'. Two
 * candidates for one parameter are an error here even though Spring would fall back to the parameter's name:
 * that fallback depends on compiler flags, so the plugin must not lean on it.
 */
final class SpringWiring {

    static final String INDEX_DIR = "META-INF/plugin-components";

    private static final Set<String> INJECT = Set.of("jakarta.inject.Inject",
            "org.springframework.beans.factory.annotation.Autowired");
    private static final String NAMED = "jakarta.inject.Named";
    private static final String IMPORTS = "com.atlassian.plugin.spring.scanner.annotation.imports.";
    private static final Set<String> IMPORT_ANNOTATIONS = Set.of(IMPORTS + "ComponentImport", IMPORTS + "JiraImport",
            IMPORTS + "ConfluenceImport");
    private static final Set<String> REST_CLASS_ANNOTATIONS = Set.of("jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider");
    /** Descriptor elements whose text (not a class attribute) names a class the framework autowires. */
    private static final Set<String> CLASS_ELEMENTS = Set.of("validator-class", "condition-class", "function-class");

    /** A bean of the context: its name and the type it is autowired by. */
    private record Bean(String name, Class<?> type, boolean component, String line) {
    }

    private final Path indexDir;
    private final Path descriptor;
    private final String product;
    private final List<String> problems = new ArrayList<>();
    private final List<Bean> beans = new ArrayList<>();

    private SpringWiring(Path indexDir, Path descriptor, String product) {
        this.indexDir = indexDir;
        this.descriptor = descriptor;
        this.product = product;
    }

    /** Every way the context of {@code product} ("jira", "confluence") would fail to start; empty when it starts. */
    static List<String> problems(Path indexDir, Path descriptor, String product) {
        SpringWiring wiring = new SpringWiring(indexDir, descriptor, product);
        wiring.check();
        return wiring.problems;
    }

    private void check() {
        readBeans("component", true);
        readBeans("component-" + product, true);
        readBeans("imports", false);
        readBeans("imports-" + product, false);
        Map<Class<?>, List<Class<?>>> dependsOn = new LinkedHashMap<>();
        for (Bean bean : beans) {
            if (bean.component()) {
                dependsOn.put(bean.type(), satisfy(bean.type(), "component"));
            }
        }
        for (Map.Entry<String, String> module : frameworkClasses().entrySet()) {
            load(module.getKey(), module.getValue()).ifPresent(type -> satisfy(type, module.getValue()));
        }
        findCycles(dependsOn);
    }

    private void readBeans(String file, boolean components) {
        Path path = indexDir.resolve(file);
        if (!Files.exists(path)) {
            return;
        }
        for (String line : lines(path)) {
            int hash = line.indexOf('#');
            String className = hash < 0 ? line : line.substring(0, hash);
            String name = hash < 0 ? Introspector.decapitalize(className.substring(className.lastIndexOf('.') + 1))
                    : line.substring(hash + 1);
            load(className, file).ifPresent(type -> {
                if (components && (type.isInterface() || Modifier.isAbstract(type.getModifiers()))) {
                    problems.add(file + " lists " + className + ", which Spring cannot instantiate");
                } else {
                    beans.add(new Bean(name, type, components, file + ": " + line));
                }
            });
        }
    }

    /** Checks each constructor parameter of {@code type}; returns the components it depends on. */
    private List<Class<?>> satisfy(Class<?> type, String role) {
        List<Class<?>> components = new ArrayList<>();
        Optional<Constructor<?>> constructor = constructorOf(type);
        if (constructor.isEmpty()) {
            problems.add(type.getName() + " (" + role + ") has no constructor Spring can choose: mark one @Inject");
            return components;
        }
        Class<?>[] parameters = constructor.get().getParameterTypes();
        Annotation[][] annotations = constructor.get().getParameterAnnotations();
        for (int i = 0; i < parameters.length; i++) {
            String qualifier = qualifier(annotations[i]);
            List<Bean> candidates = new ArrayList<>();
            for (Bean bean : beans) {
                if (parameters[i].isAssignableFrom(bean.type()) && (qualifier == null || qualifier.equals(bean.name()))) {
                    candidates.add(bean);
                }
            }
            String where = type.getName() + " (" + role + ") parameter " + (i + 1) + " "
                    + parameters[i].getName() + (qualifier == null ? "" : " named " + qualifier);
            if (candidates.isEmpty()) {
                problems.add(where + ": no " + product + " component or import provides it");
            } else if (candidates.size() > 1) {
                problems.add(where + ": ambiguous, " + candidates.stream().map(Bean::line).toList());
            } else if (candidates.get(0).component()) {
                components.add(candidates.get(0).type());
            }
        }
        return components;
    }

    private static Optional<Constructor<?>> constructorOf(Class<?> type) {
        Constructor<?>[] all = type.getDeclaredConstructors();
        List<Constructor<?>> injected = Arrays.stream(all).filter(candidate -> Arrays.stream(
                candidate.getAnnotations()).anyMatch(a -> INJECT.contains(a.annotationType().getName()))).toList();
        if (injected.size() == 1) {
            return Optional.of(injected.get(0));
        }
        if (!injected.isEmpty()) {
            return Optional.empty();
        }
        if (all.length == 1) {
            return Optional.of(all[0]);
        }
        List<Constructor<?>> publicOnes = Arrays.stream(all).filter(c -> Modifier.isPublic(c.getModifiers())).toList();
        if (publicOnes.size() == 1) {
            return Optional.of(publicOnes.get(0));
        }
        return publicOnes.stream().filter(c -> c.getParameterCount() == 0).findFirst();
    }

    private static String qualifier(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            String name = annotation.annotationType().getName();
            if (NAMED.equals(name) || IMPORT_ANNOTATIONS.contains(name)) {
                String value = annotationValue(annotation);
                if (!value.isEmpty()) {
                    return value;
                }
            }
        }
        return null;
    }

    private static String annotationValue(Annotation annotation) {
        try {
            return String.valueOf(annotation.annotationType().getMethod("value").invoke(annotation));
        } catch (ReflectiveOperationException noValue) {
            return "";
        }
    }

    private void findCycles(Map<Class<?>, List<Class<?>>> dependsOn) {
        Set<Class<?>> done = new LinkedHashSet<>();
        Set<String> reported = new TreeSet<>();
        for (Class<?> start : dependsOn.keySet()) {
            visit(start, dependsOn, new ArrayDeque<>(), done, reported);
        }
        reported.forEach(cycle -> problems.add("constructor cycle: " + cycle));
    }

    private static void visit(Class<?> type, Map<Class<?>, List<Class<?>>> dependsOn, Deque<Class<?>> path,
            Set<Class<?>> done, Set<String> reported) {
        if (path.contains(type)) {
            List<String> cycle = new ArrayList<>();
            boolean in = false;
            for (Class<?> step : (Iterable<Class<?>>) path::descendingIterator) {
                in |= step == type;
                if (in) {
                    cycle.add(step.getSimpleName());
                }
            }
            cycle.add(type.getSimpleName());
            reported.add(String.join(" -> ", cycle));
            return;
        }
        if (!done.add(type)) {
            return;
        }
        path.push(type);
        for (Class<?> next : dependsOn.getOrDefault(type, List.of())) {
            visit(next, dependsOn, path, done, reported);
        }
        path.pop();
    }

    /** Class name to the role it plays: every class the descriptor has the framework autowire in this product. */
    private Map<String, String> frameworkClasses() {
        Map<String, String> classes = new LinkedHashMap<>();
        Element root = parse(descriptor).getDocumentElement();
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (!(node instanceof Element module) || !inThisProduct(module)) {
                continue;
            }
            String role = module.getTagName() + " " + module.getAttribute("key");
            if ("rest".equals(module.getTagName())) {
                NodeList packages = module.getElementsByTagName("package");
                for (int i = 0; i < packages.getLength(); i++) {
                    restClasses(packages.item(i).getTextContent().strip()).forEach(name -> classes.put(name, role));
                }
                continue;
            }
            collectClasses(module, role, classes);
        }
        return classes;
    }

    private void collectClasses(Element element, String role, Map<String, String> classes) {
        if (!element.getAttribute("class").isEmpty()) {
            classes.put(element.getAttribute("class").strip(), role);
        }
        if (CLASS_ELEMENTS.contains(element.getTagName())) {
            classes.put(element.getTextContent().strip(), role);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                collectClasses(childElement, role, classes);
            }
        }
    }

    private boolean inThisProduct(Element module) {
        String application = module.getAttribute("application");
        return application.isEmpty() || application.equals(product);
    }

    /** The classes of a REST package (not its sub-packages) that the REST module instantiates. */
    private List<String> restClasses(String packageName) {
        List<String> found = new ArrayList<>();
        for (Path dir : packageDirs(packageName)) {
            try (Stream<Path> files = Files.list(dir)) {
                files.map(file -> file.getFileName().toString())
                        .filter(file -> file.endsWith(".class") && !file.contains("$"))
                        .map(file -> packageName + "." + file.substring(0, file.length() - ".class".length()))
                        .sorted()
                        .forEach(name -> load(name, "rest package " + packageName).filter(SpringWiring::isRestClass)
                                .ifPresent(type -> found.add(name)));
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return found;
    }

    private static boolean isRestClass(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers()) && Arrays.stream(type.getAnnotations())
                .anyMatch(a -> REST_CLASS_ANNOTATIONS.contains(a.annotationType().getName()));
    }

    private static List<Path> packageDirs(String packageName) {
        List<Path> dirs = new ArrayList<>();
        try {
            Enumeration<URL> urls = SpringWiring.class.getClassLoader().getResources(packageName.replace('.', '/'));
            while (urls.hasMoreElements()) {
                URL url = urls.nextElement();
                if ("file".equals(url.getProtocol())) {
                    dirs.add(Paths.get(url.toURI()));
                }
            }
        } catch (IOException | URISyntaxException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return dirs;
    }

    private Optional<Class<?>> load(String className, String namedBy) {
        try {
            return Optional.of(Class.forName(className, false, SpringWiring.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError missing) {
            problems.add(namedBy + " names " + className + ", which does not load: " + missing);
            return Optional.empty();
        }
    }

    private static List<String> lines(Path path) {
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Document parse(Path xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(xml.toFile());
        } catch (Exception unreadable) {
            throw new IllegalStateException("Cannot read " + xml, unreadable);
        }
    }
}
