package io.hindsight.archfixture.timeline;

import io.hindsight.archfixture.standalone.EmbeddedHost;

/** Breaks the rule that nothing outside the embedded host depends on it. */
public class TimelineOnStandalone {

    EmbeddedHost host;
}
