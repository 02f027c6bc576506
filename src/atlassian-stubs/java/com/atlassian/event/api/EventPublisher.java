/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html
 * (atlassian-event 2.1.1): a public interface with void register(Object listener) and void unregister(Object
 * listener); a registered object's public methods annotated EventListener receive events of their parameter's type.
 * CONFIRMED (doc) for 2.1.1 and (code) in a jakarta Jira 11 plugin that registers an IssueEvent listener the same way;
 * atlassian-event in Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.event.api;

public interface EventPublisher {

    void register(Object listener);

    void unregister(Object listener);
}
