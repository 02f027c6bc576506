/*
 * Compile-only stand-in, never packaged: the host provides the real annotation.
 * Mirrors: https://docs.atlassian.com/atlassian-event/3.1.3/apidocs/com/atlassian/event/api/EventListener.html
 * (atlassian-event 3.1.3): RUNTIME retention, METHOD target, on public one-argument methods of a registered listener.
 * Its optional scope() element is not used and left out. CONFIRMED (doc) for 3.1.3 and (code) in Jira 11 plugins;
 * atlassian-event in Jira 11.3: UNCONFIRMED.
 */
package com.atlassian.event.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
