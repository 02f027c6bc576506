package io.hindsight.archfixture.timeline.rest;

import io.hindsight.archfixture.timeline.ao.EventAo;

/** Breaks the rule that entities stay in their adapter: a resource sees one. */
public class EventResource {

    EventAo event;
}
