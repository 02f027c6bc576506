package io.hindsight.ingest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One routing rule of one settings version of a source. Rows are only inserted: an edit writes a new set under a
 * new settings key and deletes the sets of older keys, so a reader always sees one whole set.
 */
@Table(IngestRuleAo.TABLE)
@Indexes(@Index(name = "source_settings", methodNames = {"getSourceId", "getSettingsKey"}))
public interface IngestRuleAo extends Entity {

    String TABLE = "ING_RULE";

    String ID = "ID";
    String SOURCE_ID = "SOURCE_ID";
    String SETTINGS_KEY = "SETTINGS_KEY";
    String RULE_INDEX = "RULE_INDEX";
    String NAME = "NAME";
    String MATCHERS = "MATCHERS";
    String PROJECT_KEY = "PROJECT_KEY";
    String GROUP_NAME = "GROUP_NAME";
    String GROUP_BY = "GROUP_BY";
    String DECLARES = "DECLARES";
    String SEVERITY = "SEVERITY";
    String SEVERITY_LABEL = "SEVERITY_LABEL";
    String SEVERITY_MAP = "SEVERITY_MAP";

    @NotNull
    int getSourceId();

    @NotNull
    @StringLength(40)
    String getSettingsKey();

    @NotNull
    int getRuleIndex();

    @NotNull
    @StringLength(80)
    String getName();

    /** The matchers in their canonical text, one per line (the text escapes line breaks in values). */
    @StringLength(StringLength.UNLIMITED)
    String getMatchers();

    @NotNull
    @StringLength(60)
    String getProjectKey();

    @NotNull
    @StringLength(80)
    String getGroupName();

    /** Label names separated by commas (a label name has none). */
    @StringLength(StringLength.UNLIMITED)
    String getGroupBy();

    @NotNull
    boolean getDeclares();

    @NotNull
    @StringLength(10)
    String getSeverity();

    String getSeverityLabel();

    /** Lines of {@code SEV-n=value}, the value escaped like a matcher's. */
    @StringLength(StringLength.UNLIMITED)
    String getSeverityMap();
}
