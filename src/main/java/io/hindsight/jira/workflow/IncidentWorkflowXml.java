package io.hindsight.jira.workflow;

import io.hindsight.incident.IncidentStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The Hindsight workflow as bundled in the jar ({@value #RESOURCE}): OpenSymphony XML whose steps carry a placeholder
 * for their Jira status id, filled in once the statuses exist in the Jira at hand.
 */
public final class IncidentWorkflowXml {

    /** The workflow's name in Jira; also what the workflow scheme mapping points at. */
    public static final String WORKFLOW_NAME = "Hindsight incident workflow";
    public static final String RESOURCE = "workflow/hindsight-incident.xml";
    static final String PLACEHOLDER_PREFIX = "hindsight-status:";

    private IncidentWorkflowXml() {
    }

    /** The XML as shipped, placeholders included. */
    public static String bundled() {
        try (InputStream in = IncidentWorkflowXml.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The text a step's jira.status.id holds until {@link #withStatusIds} replaces it. */
    public static String placeholder(IncidentStatus status) {
        return PLACEHOLDER_PREFIX + status.code();
    }

    /**
     * The bundled XML with every step's status placeholder replaced by the Jira status id for it.
     *
     * @throws IllegalArgumentException when an incident status has no id, or a placeholder is left over
     */
    public static String withStatusIds(Map<IncidentStatus, String> statusIds) {
        String xml = bundled();
        for (IncidentStatus status : IncidentStatus.values()) {
            String id = statusIds.get(status);
            if (id == null || !id.matches("\\d+")) {
                throw new IllegalArgumentException("No Jira status id for " + status + ": " + id);
            }
            xml = xml.replace(">" + placeholder(status) + "<", ">" + id + "<");
        }
        if (xml.contains(">" + PLACEHOLDER_PREFIX)) {
            throw new IllegalArgumentException(RESOURCE + " names a status Hindsight does not know");
        }
        return xml;
    }
}
