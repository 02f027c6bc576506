package io.hindsight.ingest.ao;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** One refused webhook delivery, as {@link io.hindsight.ingest.RejectedDelivery} describes it. Only inserted and pruned. */
@Table(RejectedDeliveryAo.TABLE)
public interface RejectedDeliveryAo extends Entity {

    String TABLE = "ING_REJECT";

    String ID = "ID";
    String SOURCE_NAME = "SOURCE_NAME";
    String RECEIVED_AT = "RECEIVED_AT";
    String HTTP_STATUS = "HTTP_STATUS";
    String ERROR_CODE = "ERROR_CODE";
    String MESSAGE = "MESSAGE";
    String EXCERPT = "EXCERPT";

    @NotNull
    @Indexed
    @StringLength(60)
    String getSourceName();

    @NotNull
    long getReceivedAt();

    @NotNull
    int getHttpStatus();

    @NotNull
    @StringLength(60)
    String getErrorCode();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    @StringLength(StringLength.UNLIMITED)
    String getExcerpt();
}
