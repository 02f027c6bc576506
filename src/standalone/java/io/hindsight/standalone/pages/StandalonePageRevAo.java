package io.hindsight.standalone.pages;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved version of a page, kept like Confluence's page history. The unique {@code PAGE_ID:VERSION} key is what
 * makes a save over a stale version fail even when two saves race: only one can write the next version.
 */
@Table("SA_PAGE_REV")
public interface StandalonePageRevAo extends Entity {

    String REV_KEY = "REV_KEY";
    String PAGE_ID = "PAGE_ID";
    String PAGE_VERSION = "PAGE_VERSION";
    String BODY = "BODY";
    String SAVED_BY = "SAVED_BY";
    String SAVED_AT = "SAVED_AT";

    @NotNull
    @Unique
    String getRevKey();

    int getPageId();

    int getPageVersion();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getBody();

    String getSavedBy();

    long getSavedAt();
}
