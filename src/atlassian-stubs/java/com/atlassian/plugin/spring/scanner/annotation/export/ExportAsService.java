/*
 * Compile-only stand-in, never packaged: the host's Spring Scanner provides the real annotation.
 * Mirrors: https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/api/lifecycle/LifecycleAware.html,
 * which names this annotation as the way a Spring Scanner plugin publishes a LifecycleAware, and a decompiled
 * atlassian-spring-scanner-annotation class in public code: targets TYPE and FIELD, RUNTIME retention, Class<?>[]
 * value() defaulting to {}, plus properties() (ServiceProperty[]), which Hindsight does not use and is left out.
 * CONFIRMED (code); the scanner version in Jira 11.3 (reported as 6.x): UNCONFIRMED. At run time the scanner reads the
 * index file exports, not this annotation.
 */
package com.atlassian.plugin.spring.scanner.annotation.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ExportAsService {

    Class<?>[] value() default {};
}
