package io.hindsight.jira.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.hindsight.incident.IncidentStatus;
import io.hindsight.incident.IncidentTransition;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.BeforeClass;
import org.junit.Test;

/** The bundled workflow XML is IncidentTransition's table: same statuses, same transitions, same targets. */
public class IncidentWorkflowXmlTest {

    private static WorkflowGraph graph;
    private static Map<Integer, IncidentStatus> statusOfStep;

    @BeforeClass
    public static void parseTheBundledXml() throws Exception {
        graph = WorkflowGraph.parse(IncidentWorkflowXml.bundled());
        statusOfStep = new HashMap<>();
        for (WorkflowGraph.Step step : graph.steps.values()) {
            statusOfStep.put(step.id(), statusFromPlaceholder(step.statusId()));
        }
    }

    @Test
    public void isAnOpenSymphonyWorkflowWithInitialCommonActionsAndSteps() {
        assertEquals("workflow", graph.root.getTagName());
        assertTrue(graph.child(graph.root, "initial-actions").isPresent());
        assertTrue(graph.child(graph.root, "common-actions").isPresent());
        assertTrue(graph.child(graph.root, "steps").isPresent());
    }

    @Test
    public void hasOneStepPerIncidentStatus_namedByItsLabel() {
        Map<IncidentStatus, String> names = new EnumMap<>(IncidentStatus.class);
        graph.steps.values().forEach(step -> {
            IncidentStatus status = statusOfStep.get(step.id());
            assertFalse("two steps for " + status, names.containsKey(status));
            names.put(status, step.name());
        });
        Map<IncidentStatus, String> labels = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            labels.put(status, status.label());
        }
        assertEquals(labels, names);
    }

    @Test
    public void issuesAreCreatedInDeclared() {
        assertEquals(1, graph.initialActionIds.size());
        WorkflowGraph.Action create = graph.actions.get(graph.initialActionIds.get(0));
        assertEquals(IncidentStatus.DECLARED, statusOfStep.get(create.targetStep()));
    }

    @Test
    public void statusTransitionStatusGraph_equalsTheTransitionTable() {
        assertEquals(table(), transitionsOf(graph));
    }

    @Test
    public void everyTransitionIsDefinedOnce_andEveryActionBelongsToOne() {
        Set<String> defined = new TreeSet<>();
        graph.actions.values().stream().filter(action -> !graph.initialActionIds.contains(action.id()))
                .forEach(action -> assertTrue("duplicate " + action.name(),
                        defined.add(action.meta().get("hindsight.transition"))));
        Set<String> table = new TreeSet<>();
        for (IncidentTransition transition : IncidentTransition.values()) {
            table.add(transition.code());
        }
        assertEquals(table, defined);
    }

    @Test
    public void onlyClose_runsThePostmortemValidator() {
        String validator = PostmortemPublishedValidator.class.getName();
        graph.actions.values().forEach(action -> {
            boolean isClose = IncidentTransition.CLOSE.code().equals(action.meta().get("hindsight.transition"));
            assertEquals(action.name(), isClose, action.validatorClasses().contains(validator));
        });
    }

    @Test
    public void withStatusIds_putsEachJiraStatusIdOnItsStep_andLeavesNoPlaceholder() throws Exception {
        Map<IncidentStatus, String> ids = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            ids.put(status, String.valueOf(10000 + status.ordinal()));
        }

        String xml = IncidentWorkflowXml.withStatusIds(ids);

        assertFalse(xml.contains(">" + IncidentWorkflowXml.PLACEHOLDER_PREFIX));
        WorkflowGraph filled = WorkflowGraph.parse(xml);
        for (WorkflowGraph.Step step : filled.steps.values()) {
            assertEquals(step.name(), ids.get(statusOfStep.get(step.id())), step.statusId());
        }
        assertEquals(graph.actions.keySet(), filled.actions.keySet());
    }

    @Test
    public void withStatusIds_refusesAMissingOrMalformedId() {
        Map<IncidentStatus, String> ids = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            ids.put(status, "1" + status.ordinal());
        }
        ids.remove(IncidentStatus.CANCELLED);
        assertThrows(IllegalArgumentException.class, () -> IncidentWorkflowXml.withStatusIds(ids));
        ids.put(IncidentStatus.CANCELLED, "</meta>");
        assertThrows(IllegalArgumentException.class, () -> IncidentWorkflowXml.withStatusIds(ids));
    }

    @Test
    public void aWorkflowThatDivergesFromTheTable_failsTheComparison() throws Exception {
        // Guards the test itself: Close leading to Cancelled (step 7) instead of Closed (step 6) must not pass.
        String diverging = IncidentWorkflowXml.bundled().replace("step=\"6\">", "step=\"7\">");

        assertNotEquals(table(), transitionsOf(WorkflowGraph.parse(diverging)));
    }

    /** IncidentTransition's table as status -> (transition -> status). */
    private static Map<IncidentStatus, Map<IncidentTransition, IncidentStatus>> table() {
        Map<IncidentStatus, Map<IncidentTransition, IncidentStatus>> table = new EnumMap<>(IncidentStatus.class);
        for (IncidentStatus status : IncidentStatus.values()) {
            Map<IncidentTransition, IncidentStatus> out = new EnumMap<>(IncidentTransition.class);
            for (IncidentTransition transition : IncidentTransition.availableFrom(status)) {
                out.put(transition, transition.to());
            }
            table.put(status, out);
        }
        return table;
    }

    /** The workflow as status -> (transition -> status), checking each action on the way. */
    private static Map<IncidentStatus, Map<IncidentTransition, IncidentStatus>> transitionsOf(WorkflowGraph workflow) {
        Map<IncidentStatus, Map<IncidentTransition, IncidentStatus>> actual = new EnumMap<>(IncidentStatus.class);
        for (WorkflowGraph.Step step : workflow.steps.values()) {
            Map<IncidentTransition, IncidentStatus> out = new EnumMap<>(IncidentTransition.class);
            for (int actionId : step.actionIds()) {
                WorkflowGraph.Action action = workflow.actions.get(actionId);
                assertNotNull("step " + step.name() + " names unknown action " + actionId, action);
                IncidentTransition transition = IncidentTransition.fromCode(action.meta().get("hindsight.transition"),
                        "hindsight.transition");
                assertEquals("action " + actionId + " is named after its transition", transition.label(),
                        action.name());
                assertFalse("step " + step.name() + " offers " + transition + " twice", out.containsKey(transition));
                out.put(transition, statusOfStep.get(action.targetStep()));
            }
            actual.put(statusOfStep.get(step.id()), out);
        }
        return actual;
    }

    private static IncidentStatus statusFromPlaceholder(String statusId) {
        assertNotNull("step without jira.status.id", statusId);
        assertTrue(statusId, statusId.startsWith(IncidentWorkflowXml.PLACEHOLDER_PREFIX));
        return IncidentStatus.fromCode(statusId.substring(IncidentWorkflowXml.PLACEHOLDER_PREFIX.length()), "step");
    }
}
