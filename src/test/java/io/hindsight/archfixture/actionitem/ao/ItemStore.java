package io.hindsight.archfixture.actionitem.ao;

import io.hindsight.archfixture.timeline.ao.EventAo;

/** Breaks the rule that entities stay in their adapter: another feature's ao package sees one, as an array. */
public class ItemStore {

    EventAo[] events;
}
