package io.hindsight.standalone.pages;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A post-mortem page of the embedded host, standing in for a Confluence page: its current body and version. */
@Table("SA_PAGE")
public interface StandalonePageAo extends Entity {

    String INCIDENT_KEY = "INCIDENT_KEY";
    String TITLE = "TITLE";
    String BODY = "BODY";
    String PAGE_VERSION = "PAGE_VERSION";

    /** The deterministic marker that keeps it to one page per incident. */
    @NotNull
    @Unique
    String getIncidentKey();

    @NotNull
    String getTitle();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    void setBody(String body);

    int getPageVersion();

    void setPageVersion(int version);
}
