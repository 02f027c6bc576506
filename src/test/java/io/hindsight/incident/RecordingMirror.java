package io.hindsight.incident;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link IncidentMirror} that keeps the states it was told about, newest last. */
public final class RecordingMirror implements IncidentMirror {

    /** One call: the state before ({@code null} at declaration), after, and who. */
    public record Change(IncidentState before, IncidentState after, String actorKey) {
    }

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    @Override
    public void changed(IncidentState before, IncidentState after, String actorKey) {
        changes.add(new Change(before, after, actorKey));
    }

    public List<Change> changes() {
        return List.copyOf(changes);
    }
}
