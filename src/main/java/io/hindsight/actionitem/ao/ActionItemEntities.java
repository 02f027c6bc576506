package io.hindsight.actionitem.ao;

import java.util.List;
import net.java.ao.RawEntity;

/** The Active Objects entities of action items, in the order the plugin descriptor and the hosts migrate them. */
public final class ActionItemEntities {

    public static final List<Class<? extends RawEntity<?>>> ALL = List.of(ActionItemAo.class, ReminderClaimAo.class);

    private ActionItemEntities() {
    }
}
