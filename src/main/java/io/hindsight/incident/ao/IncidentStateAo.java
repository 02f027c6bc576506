package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One incident's current state, one row per incident, updated in place. Instants are epoch milliseconds (UTC); a
 * {@code null} instant means unknown or not running. Indexed for the queries metrics, searches and the deadline job
 * need: by project, severity, status and commander, by declaration and resolution time, and by each due instant.
 *
 * <p>The state version is what {@link IncidentVersionAo} claims; the key instants keep the id and kind of the timeline
 * entry each came from; a deadline is running when its due instant is set and it is met when its met instant is.
 */
@Table(IncidentStateAo.TABLE)
public interface IncidentStateAo extends Entity {

    String TABLE = "INC_STATE";

    String ID = "ID";
    String INCIDENT_ID = "INCIDENT_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String SUMMARY = "SUMMARY";
    String STATE_VERSION = "STATE_VERSION";
    String SEVERITY = "SEVERITY";
    String SEVERITY_SINCE = "SEVERITY_SINCE";
    String INCIDENT_STATUS = "INCIDENT_STATUS";
    String DECLARED_AT = "DECLARED_AT";
    String DECLARED_BY = "DECLARED_BY";
    String DECLARED_ENTRY_ID = "DECLARED_ENTRY_ID";
    String COMMANDER_KEY = "COMMANDER_KEY";
    String IMPACT_AT = "IMPACT_AT";
    String IMPACT_ENTRY_ID = "IMPACT_ENTRY_ID";
    String IMPACT_KIND = "IMPACT_KIND";
    String DETECTED_AT = "DETECTED_AT";
    String DETECTED_ENTRY_ID = "DETECTED_ENTRY_ID";
    String DETECTED_KIND = "DETECTED_KIND";
    String ACKED_AT = "ACKED_AT";
    String ACKED_ENTRY_ID = "ACKED_ENTRY_ID";
    String ACKED_KIND = "ACKED_KIND";
    String MITIGATED_AT = "MITIGATED_AT";
    String MITIGATED_ENTRY_ID = "MITIGATED_ENTRY_ID";
    String MITIGATED_KIND = "MITIGATED_KIND";
    String RESOLVED_AT = "RESOLVED_AT";
    String RESOLVED_ENTRY_ID = "RESOLVED_ENTRY_ID";
    String RESOLVED_KIND = "RESOLVED_KIND";
    String POSTMORTEM_URL = "POSTMORTEM_URL";
    String POSTMORTEM_STATUS = "POSTMORTEM_STATUS";
    String PM_RECORDED_BY = "PM_RECORDED_BY";
    String PM_RECORDED_AT = "PM_RECORDED_AT";
    String PM_PUBLISHED_AT = "PM_PUBLISHED_AT";
    String PDB_AWARE_AT = "PDB_AWARE_AT";
    String EXEC_STARTED_AT = "EXEC_STARTED_AT";
    String EXEC_DUE_AT = "EXEC_DUE_AT";
    String EXEC_MET_AT = "EXEC_MET_AT";
    String PM_STARTED_AT = "PM_STARTED_AT";
    String PM_DUE_AT = "PM_DUE_AT";
    String PM_MET_AT = "PM_MET_AT";
    String PDB_STARTED_AT = "PDB_STARTED_AT";
    String PDB_DUE_AT = "PDB_DUE_AT";
    String PDB_MET_AT = "PDB_MET_AT";
    /** Schema change 01 (additive): a nullable column, so rows written before it read as counted by the metrics. */
    String EXCLUSION = "EXCLUSION";

    @NotNull
    @Unique
    long getIncidentId();

    void setIncidentId(long value);

    @NotNull
    @Indexed
    String getIssueKey();

    void setIssueKey(String value);

    @NotNull
    @Indexed
    String getProjectKey();

    void setProjectKey(String value);

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getSummary();

    void setSummary(String value);

    @NotNull
    int getStateVersion();

    void setStateVersion(int value);

    @NotNull
    @Indexed
    @StringLength(10)
    String getSeverity();

    void setSeverity(String value);

    @NotNull
    long getSeveritySince();

    void setSeveritySince(long value);

    @NotNull
    @Indexed
    @StringLength(40)
    String getIncidentStatus();

    void setIncidentStatus(String value);

    @NotNull
    @Indexed
    long getDeclaredAt();

    void setDeclaredAt(long value);

    @NotNull
    String getDeclaredBy();

    void setDeclaredBy(String value);

    @NotNull
    long getDeclaredEntryId();

    void setDeclaredEntryId(long value);

    @NotNull
    @Indexed
    String getCommanderKey();

    void setCommanderKey(String value);

    Long getImpactAt();

    void setImpactAt(Long value);

    Long getImpactEntryId();

    void setImpactEntryId(Long value);

    @StringLength(40)
    String getImpactKind();

    void setImpactKind(String value);

    Long getDetectedAt();

    void setDetectedAt(Long value);

    Long getDetectedEntryId();

    void setDetectedEntryId(Long value);

    @StringLength(40)
    String getDetectedKind();

    void setDetectedKind(String value);

    Long getAckedAt();

    void setAckedAt(Long value);

    Long getAckedEntryId();

    void setAckedEntryId(Long value);

    @StringLength(40)
    String getAckedKind();

    void setAckedKind(String value);

    Long getMitigatedAt();

    void setMitigatedAt(Long value);

    Long getMitigatedEntryId();

    void setMitigatedEntryId(Long value);

    @StringLength(40)
    String getMitigatedKind();

    void setMitigatedKind(String value);

    @Indexed
    Long getResolvedAt();

    void setResolvedAt(Long value);

    Long getResolvedEntryId();

    void setResolvedEntryId(Long value);

    @StringLength(40)
    String getResolvedKind();

    void setResolvedKind(String value);

    @StringLength(StringLength.UNLIMITED)
    String getPostmortemUrl();

    void setPostmortemUrl(String value);

    @StringLength(20)
    String getPostmortemStatus();

    void setPostmortemStatus(String value);

    String getPmRecordedBy();

    void setPmRecordedBy(String value);

    Long getPmRecordedAt();

    void setPmRecordedAt(Long value);

    Long getPmPublishedAt();

    void setPmPublishedAt(Long value);

    @Indexed
    Long getPdbAwareAt();

    void setPdbAwareAt(Long value);

    Long getExecStartedAt();

    void setExecStartedAt(Long value);

    @Indexed
    Long getExecDueAt();

    void setExecDueAt(Long value);

    Long getExecMetAt();

    void setExecMetAt(Long value);

    Long getPmStartedAt();

    void setPmStartedAt(Long value);

    @Indexed
    Long getPmDueAt();

    void setPmDueAt(Long value);

    Long getPmMetAt();

    void setPmMetAt(Long value);

    Long getPdbStartedAt();

    void setPdbStartedAt(Long value);

    @Indexed
    Long getPdbDueAt();

    void setPdbDueAt(Long value);

    Long getPdbMetAt();

    void setPdbMetAt(Long value);

    @Indexed
    @StringLength(20)
    String getExclusion();

    void setExclusion(String value);
}
