package io.hindsight.jira.workflow;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * An OpenSymphony workflow XML read with the JDK alone (Jira's WorkflowUtil is out of reach here): its steps, its
 * actions (initial, common, global and step-local) and which step each action's unconditional result leads to.
 */
final class WorkflowGraph {

    /** A step: its id, name, jira.status.id meta and the ids of the actions available in it. */
    record Step(int id, String name, String statusId, List<Integer> actionIds) {
    }

    /** An action: its id, name, metas, target step and the class names of its validators. */
    record Action(int id, String name, Map<String, String> meta, int targetStep, List<String> validatorClasses) {
    }

    final Element root;
    final Map<Integer, Step> steps = new LinkedHashMap<>();
    final Map<Integer, Action> actions = new LinkedHashMap<>();
    final List<Integer> initialActionIds = new ArrayList<>();

    private WorkflowGraph(Element root) {
        this.root = root;
    }

    static WorkflowGraph parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        // The DOCTYPE names OSWorkflow's DTD by URL; Jira resolves it from its own jar, a test must not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        Document document = builder.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        WorkflowGraph graph = new WorkflowGraph(document.getDocumentElement());
        graph.read();
        return graph;
    }

    Optional<Element> child(Element parent, String tag) {
        return children(parent, tag).stream().findFirst();
    }

    static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node node = nodes.item(i);
            if (node instanceof Element element && element.getTagName().equals(tag)) {
                found.add(element);
            }
        }
        return found;
    }

    private void read() {
        child(root, "initial-actions").ifPresent(initial -> children(initial, "action").forEach(action -> {
            Action read = action(action);
            initialActionIds.add(read.id());
        }));
        child(root, "common-actions").ifPresent(common -> children(common, "action").forEach(this::action));
        child(root, "global-actions").ifPresent(global -> children(global, "action").forEach(this::action));
        Element stepsElement = child(root, "steps").orElseThrow(() -> new AssertionError("no <steps>"));
        for (Element step : children(stepsElement, "step")) {
            List<Integer> available = new ArrayList<>();
            child(step, "actions").ifPresent(actionsElement -> {
                children(actionsElement, "common-action").forEach(ref -> available.add(intAttribute(ref, "id")));
                children(actionsElement, "action").forEach(local -> available.add(action(local).id()));
            });
            int id = intAttribute(step, "id");
            steps.put(id, new Step(id, step.getAttribute("name"), meta(step).get("jira.status.id"), available));
        }
    }

    private Action action(Element element) {
        Element results = child(element, "results").orElseThrow(() -> new AssertionError("action without results"));
        Element unconditional = child(results, "unconditional-result")
                .orElseThrow(() -> new AssertionError("action without unconditional-result"));
        List<String> validators = new ArrayList<>();
        child(element, "validators").ifPresent(validatorsElement -> children(validatorsElement, "validator")
                .forEach(validator -> children(validator, "arg").stream()
                        .filter(arg -> "class.name".equals(arg.getAttribute("name")))
                        .forEach(arg -> validators.add(arg.getTextContent().trim()))));
        Action action = new Action(intAttribute(element, "id"), element.getAttribute("name"), meta(element),
                intAttribute(unconditional, "step"), validators);
        if (actions.put(action.id(), action) != null) {
            throw new AssertionError("two actions with id " + action.id());
        }
        return action;
    }

    private static Map<String, String> meta(Element element) {
        Map<String, String> meta = new LinkedHashMap<>();
        children(element, "meta").forEach(m -> meta.put(m.getAttribute("name"), m.getTextContent().trim()));
        return meta;
    }

    private static int intAttribute(Element element, String name) {
        return Integer.parseInt(element.getAttribute(name));
    }
}
