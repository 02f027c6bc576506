package io.hindsight.archfixture.timeline.ao;

/** Follows the rules: uses its own package's entity, arrays included. */
public class EventStore {

    EventAo[] found;
}
