package io.hindsight.actionitem;

import io.hindsight.platform.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** The horizon of an action item, as the post-mortem template sorts them. Stored and sent as {@link #code()}. */
public enum ActionItemKind {
    IMMEDIATE,
    SHORT_TERM,
    LONG_TERM,
    PROCESS;

    /** The wire form, e.g. {@code short-term}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static ActionItemKind fromCode(String code, String field) {
        return Arrays.stream(values()).filter(kind -> kind.code().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException(field, "An action item type is one of "
                        + Arrays.stream(values()).map(ActionItemKind::code).toList() + "."));
    }
}
