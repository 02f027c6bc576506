package io.hindsight.actionitem.ao;

import net.java.ao.schema.TableNameConverter;

/** The action-item table as read-only SQL readers (metrics) name it: the table name from AO's converter. */
public final class ActionItemSchema {

    public static final String ID = ActionItemAo.ID;
    public static final String ISSUE_KEY = ActionItemAo.ISSUE_KEY;
    public static final String INCIDENT_ID = ActionItemAo.INCIDENT_ID;
    public static final String INCIDENT_KEY = ActionItemAo.INCIDENT_KEY;
    public static final String PROJECT_KEY = ActionItemAo.PROJECT_KEY;
    public static final String OWNER_KEY = ActionItemAo.OWNER_KEY;
    public static final String DUE_AT = ActionItemAo.DUE_AT;
    public static final String PRIORITY = ActionItemAo.PRIORITY;
    public static final String ITEM_TYPE = ActionItemAo.ITEM_TYPE;
    public static final String CREATED_AT = ActionItemAo.CREATED_AT;
    public static final String CLOSED_AT = ActionItemAo.CLOSED_AT;

    private ActionItemSchema() {
    }

    public static String table(TableNameConverter names) {
        return names.getName(ActionItemAo.class);
    }
}
