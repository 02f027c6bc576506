package io.hindsight;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.Test;

/**
 * The guard that stands in for starting the plugin in a real Jira and Confluence: in each product, every bean the
 * index files list, every REST resource and every class the descriptor has the framework autowire finds each of its
 * constructor arguments exactly once in that product's context, without cycles. A missing bean disables the whole
 * plugin in the host, so each problem is named here instead. {@link SpringWiring} states the rules.
 */
public class SpringWiringTest {

    private static final Path INDEX_DIR = Paths.get("src/main/resources", SpringWiring.INDEX_DIR);
    private static final Path DESCRIPTOR = Paths.get("atlassian-plugin.xml");
    private static final Path FIXTURE = Paths.get("src/test/resources/io/hindsight/wiringfixture");
    private static final String F = "io.hindsight.wiringfixture.";

    @Test
    public void jiraContext_satisfiesEveryConstructor() {
        assertEquals("", String.join("\n", SpringWiring.problems(INDEX_DIR, DESCRIPTOR, "jira")));
    }

    @Test
    public void confluenceContext_satisfiesEveryConstructor() {
        assertEquals("", String.join("\n", SpringWiring.problems(INDEX_DIR, DESCRIPTOR, "confluence")));
    }

    @Test
    public void problems_nameMissingAmbiguousCyclicAndUnconstructibleWiring() {
        List<String> problems = SpringWiring.problems(FIXTURE.resolve("plugin-components"),
                FIXTURE.resolve("atlassian-plugin.xml"), "jira");

        assertEquals(String.join("\n", List.of(
                "component-jira lists " + F + "Store, which Spring cannot instantiate",
                F + "NeedsStore (component) parameter 1 " + F + "Store: ambiguous, [component: " + F + "AoStore, "
                        + "component-jira: " + F + "CopyStore]",
                F + "NeedsStore (component) parameter 2 " + F + "Missing: no jira component or import provides it",
                F + "Qualified (component) parameter 2 java.lang.Runnable named otherRunner: no jira component or "
                        + "import provides it",
                F + "TwoConstructors (component) has no constructor Spring can choose: mark one @Inject",
                F + "JiraCondition (web-panel fixture-panel) parameter 1 " + F + "Missing: no jira component or "
                        + "import provides it",
                F + "rest.MissingResource (rest fixture-rest) parameter 1 java.lang.CharSequence: no jira component "
                        + "or import provides it",
                "constructor cycle: CycleA -> CycleB -> CycleA")), String.join("\n", problems));
    }

    @Test
    public void problems_leaveOutTheOtherProductsModulesAndComponents() {
        List<String> problems = SpringWiring.problems(FIXTURE.resolve("plugin-components"),
                FIXTURE.resolve("atlassian-plugin.xml"), "confluence");

        // Only the all-products component file and the confluence-only macro are Confluence's.
        assertEquals(F + "ConfluenceMacro (xhtml-macro fixture-macro) parameter 1 " + F + "Missing: no confluence "
                + "component or import provides it", String.join("\n", problems));
    }
}
