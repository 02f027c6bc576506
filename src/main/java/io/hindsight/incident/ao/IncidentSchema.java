package io.hindsight.incident.ao;

import net.java.ao.schema.TableNameConverter;

/**
 * The incident tables as read-only SQL readers elsewhere (metrics) may name them: table names come from the host's
 * own AO name converter, never a hard-coded prefix, and the column names are the entities' own.
 */
public final class IncidentSchema {

    public static final String INCIDENT_ID = IncidentStateAo.INCIDENT_ID;
    public static final String ISSUE_KEY = IncidentStateAo.ISSUE_KEY;
    public static final String PROJECT_KEY = IncidentStateAo.PROJECT_KEY;
    public static final String SUMMARY = IncidentStateAo.SUMMARY;
    public static final String SEVERITY = IncidentStateAo.SEVERITY;
    public static final String STATUS = IncidentStateAo.INCIDENT_STATUS;
    public static final String DECLARED_AT = IncidentStateAo.DECLARED_AT;
    public static final String IMPACT_AT = IncidentStateAo.IMPACT_AT;
    public static final String DETECTED_AT = IncidentStateAo.DETECTED_AT;
    public static final String ACKED_AT = IncidentStateAo.ACKED_AT;
    public static final String RESOLVED_AT = IncidentStateAo.RESOLVED_AT;
    public static final String PM_PUBLISHED_AT = IncidentStateAo.PM_PUBLISHED_AT;
    public static final String PM_DUE_AT = IncidentStateAo.PM_DUE_AT;
    public static final String EXCLUSION = IncidentStateAo.EXCLUSION;
    /** On the version table: its id grows with every stored change, which makes it a change feed. */
    public static final String VERSION_ID = IncidentVersionAo.ID;
    public static final String VERSION_INCIDENT_ID = IncidentVersionAo.INCIDENT_ID;

    private IncidentSchema() {
    }

    public static String stateTable(TableNameConverter names) {
        return names.getName(IncidentStateAo.class);
    }

    public static String versionTable(TableNameConverter names) {
        return names.getName(IncidentVersionAo.class);
    }
}
