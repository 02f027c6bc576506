package io.hindsight.incident.ao;

import net.java.ao.Entity;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One saved revision of the response policy: who saved it, when, and its business calendar; its levels and clock
 * settings are rows of {@link PolicyLevelAo} and {@link PolicyClockAo} with the same revision. Never updated; the
 * unique revision number makes concurrent edits of the same revision fail but one.
 */
@Table(PolicyRevisionAo.TABLE)
public interface PolicyRevisionAo extends Entity {

    String TABLE = "INC_POLICY";

    String ID = "ID";
    String REVISION = "REVISION";
    String CHANGED_BY = "CHANGED_BY";
    String CHANGED_AT = "CHANGED_AT";
    String TIME_ZONE = "TIME_ZONE";
    String WEEKEND_DAYS = "WEEKEND_DAYS";
    String HOLIDAYS = "HOLIDAYS";

    @NotNull
    @Unique
    int getRevision();

    @NotNull
    String getChangedBy();

    @NotNull
    long getChangedAt();

    @NotNull
    @StringLength(64)
    String getTimeZone();

    /** ISO day numbers, comma-separated ({@code 6,7} for Saturday and Sunday); NULL for a week without weekend. */
    @StringLength(20)
    String getWeekendDays();

    /** ISO dates, comma-separated; up to a thousand, so unlimited text. */
    @StringLength(StringLength.UNLIMITED)
    String getHolidays();
}
