package io.hindsight.incident.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** The Active Objects entities of incidents, in the order the plugin descriptor and the hosts migrate them. */
public final class IncidentEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(IncidentStateAo.class,
            IncidentVersionAo.class, BreachClaimAo.class, PolicyRevisionAo.class, PolicyLevelAo.class,
            PolicyClockAo.class);

    private IncidentEntities() {
    }

    /** {@link #ALL} as the array that {@code migrate(Class...)} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
