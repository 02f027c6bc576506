package io.hindsight.ingest.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** The Active Objects entities of ingestion, in the order the plugin descriptor and the hosts migrate them. */
public final class IngestEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(IngestSourceAo.class, IngestRuleAo.class,
            IngestSecretAo.class, IngestClaimAo.class, RejectedDeliveryAo.class);

    private IngestEntities() {
    }

    /** {@link #ALL} as the array that {@code migrate(Class...)} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
