package io.hindsight.ingest;

import io.hindsight.incident.IncidentRef;
import io.hindsight.incident.InMemoryIncidentDirectory;
import io.hindsight.incident.Severity;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link IncidentDeclarer} that adds each declared incident to an {@link InMemoryIncidentDirectory} and
 * remembers what it was asked; incidents can be closed to test what happens after.
 */
public final class RecordingIncidentDeclarer implements IncidentDeclarer {

    /** One declaration: where, at which severity, with which summary and reason, and as whom. */
    public record Declared(IncidentRef incident, Severity severity, String summary, String reason,
            String onBehalfOfUserKey) {
    }

    private final InMemoryIncidentDirectory directory;
    private final List<Declared> declared = new CopyOnWriteArrayList<>();
    private final Set<String> closed = new HashSet<>();
    private final AtomicLong nextId = new AtomicLong(9_000);
    private volatile RuntimeException failure;

    public RecordingIncidentDeclarer(InMemoryIncidentDirectory directory) {
        this.directory = directory;
    }

    @Override
    public IncidentRef declare(String projectKey, Severity severity, String summary, String reason,
            String onBehalfOfUserKey) {
        if (failure != null) {
            throw failure;
        }
        long id = nextId.incrementAndGet();
        IncidentRef incident = new IncidentRef(id, projectKey + "-" + id, projectKey, summary);
        directory.with(incident);
        declared.add(new Declared(incident, severity, summary, reason, onBehalfOfUserKey));
        return incident;
    }

    @Override
    public synchronized boolean isOpen(IncidentRef incident) {
        return !closed.contains(incident.key());
    }

    public synchronized void close(IncidentRef incident) {
        closed.add(incident.key());
    }

    public void failWith(RuntimeException next) {
        this.failure = next;
    }

    /** The one incident declared so far; fails the test when there were none or several. */
    public IncidentRef declaredOnceOrFail() {
        List<Declared> all = declared();
        if (all.size() != 1) {
            throw new AssertionError("expected exactly one declaration, got " + all);
        }
        return all.get(0).incident();
    }

    public List<Declared> declared() {
        return List.copyOf(declared);
    }
}
