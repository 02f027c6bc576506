package io.hindsight.ingest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One configured ingestion source and its current settings; its rules are {@link IngestRuleAo} rows carrying
 * this row's {@link #getSettingsKey() settings key}. Updated in place when an admin edits the settings.
 */
@Table(IngestSourceAo.TABLE)
public interface IngestSourceAo extends Entity {

    String TABLE = "ING_SOURCE";

    String ID = "ID";
    String NAME = "NAME";
    String SOURCE_TYPE = "SOURCE_TYPE";
    String PROJECTS = "PROJECTS";
    String RATE_PER_SECOND = "RATE_PER_SECOND";
    String RATE_BURST = "RATE_BURST";
    String SETTINGS_KEY = "SETTINGS_KEY";
    String CREATED_AT = "CREATED_AT";
    String CREATED_BY = "CREATED_BY";
    String MAP_ITEMS = "MAP_ITEMS";
    String MAP_SUMMARY = "MAP_SUMMARY";
    String MAP_OCCURRED_AT = "MAP_OCCURRED_AT";
    String MAP_KIND = "MAP_KIND";
    String MAP_DEFAULT_KIND = "MAP_DEFAULT_KIND";
    String MAP_EXTERNAL_ID = "MAP_EXTERNAL_ID";
    String MAP_INCIDENT_KEY = "MAP_INCIDENT_KEY";
    String MAP_DETAILS = "MAP_DETAILS";
    String MAP_LINK = "MAP_LINK";
    String MAP_LABELS = "MAP_LABELS";

    @NotNull
    @Unique
    @StringLength(40)
    String getName();

    @NotNull
    @StringLength(40)
    String getSourceType();

    /** Project keys separated by commas; empty for "any project". */
    @StringLength(StringLength.UNLIMITED)
    String getProjects();

    void setProjects(String projects);

    @NotNull
    int getRatePerSecond();

    void setRatePerSecond(int perSecond);

    @NotNull
    int getRateBurst();

    void setRateBurst(int burst);

    /** Which {@link IngestRuleAo} rows are the current rules: a new random key per edit. */
    @NotNull
    @StringLength(40)
    String getSettingsKey();

    void setSettingsKey(String settingsKey);

    @NotNull
    long getCreatedAt();

    String getCreatedBy();

    // The generic mapping's JSON pointers, one column each (at most 200 characters); null when not mapped.
    String getMapItems();

    void setMapItems(String pointer);

    String getMapSummary();

    void setMapSummary(String pointer);

    String getMapOccurredAt();

    void setMapOccurredAt(String pointer);

    String getMapKind();

    void setMapKind(String pointer);

    @StringLength(40)
    String getMapDefaultKind();

    void setMapDefaultKind(String kind);

    String getMapExternalId();

    void setMapExternalId(String pointer);

    String getMapIncidentKey();

    void setMapIncidentKey(String pointer);

    String getMapDetails();

    void setMapDetails(String pointer);

    String getMapLink();

    void setMapLink(String pointer);

    String getMapLabels();

    void setMapLabels(String pointer);
}
