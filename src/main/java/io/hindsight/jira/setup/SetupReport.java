package io.hindsight.jira.setup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What one setup run did, in order: the health report an admin reads after a start or a repair. */
public record SetupReport(Instant ranAt, List<SetupAction> actions) {

    public SetupReport {
        Objects.requireNonNull(ranAt, "ranAt");
        actions = List.copyOf(actions);
    }

    public boolean hasProblems() {
        return actions.stream().anyMatch(SetupAction::isProblem);
    }

    /** True when nothing was created or repaired: a second start on a healthy Jira. */
    public boolean changedNothing() {
        return actions.stream().allMatch(action -> action.outcome() == SetupAction.Outcome.PRESENT);
    }

    /** One line per action, tab-separated, after a line with the instant; {@link #fromLines} reads it back. */
    public String toLines() {
        StringBuilder lines = new StringBuilder(ranAt.toString());
        for (SetupAction action : actions) {
            lines.append('\n').append(action.outcome()).append('\t').append(clean(action.subject())).append('\t')
                    .append(clean(action.detail()));
        }
        return lines.toString();
    }

    public static SetupReport fromLines(String text) {
        String[] lines = text.split("\n");
        List<SetupAction> actions = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] parts = lines[i].split("\t", 3);
            actions.add(new SetupAction(SetupAction.Outcome.valueOf(parts[0]), parts[1],
                    parts.length > 2 ? parts[2] : ""));
        }
        return new SetupReport(Instant.parse(lines[0]), actions);
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
