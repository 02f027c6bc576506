package io.hindsight.timeline.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** The Active Objects entities of the timeline, in the order the plugin descriptor and the hosts migrate them. */
public final class TimelineEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(TimelineEventAo.class, TimelineHideAo.class,
            TimelinePinAo.class);

    private TimelineEntities() {
    }

    /** {@link #ALL} as the array that {@code migrate(Class...)} takes. */
    @SuppressWarnings("unchecked")
    public static Class<? extends RawEntity<?>>[] asArray() {
        return ALL.toArray(new Class[0]);
    }
}
