package io.hindsight.timeline;

/**
 * Port: a cheap validator of an incident's timeline, for HTTP caching. It must change whenever an entry is added or
 * hidden, or an entry is pinned or unpinned, and must be computed without reading the entries themselves.
 */
public interface TimelineVersions {

    /** An opaque token; equal tokens mean the incident's timeline, hides and pins have not changed. */
    String of(long incidentId);
}
