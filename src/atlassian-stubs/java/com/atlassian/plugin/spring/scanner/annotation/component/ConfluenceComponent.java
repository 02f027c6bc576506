/*
 * Compile-only stand-in, never packaged: the host's Spring Scanner provides the real annotation.
 * Usage documented: https://developer.atlassian.com/server/confluence/how-do-i-get-a-reference-to-a-component/ (components
 * marked @Named, host components imported with the scanner's import annotations) and
 * https://docs.atlassian.com/atlassian-bamboo/10.1.0/com/atlassian/sal/bamboo/internal/ComponentImports.html (a host
 * class that exists only to carry Spring Scanner @ComponentImport annotations).
 * Mirrors: atlassian-spring-scanner-annotation (project page https://bitbucket.org/atlassian/atlassian-spring-scanner).
 * CONFIRMED (code) from the scanner's annotation-processor source in public code: targets TYPE and PARAMETER,
 * RUNTIME retention, one String value() defaulting to "", meta-annotated with Spring's Component and
 * OnlyInProduct(CONFLUENCE). Those two meta-annotations are left out here: Spring is not on this build's class path,
 * and at run time the scanner reads the index file component-confluence, not the annotation. Scanner version in
 * Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.plugin.spring.scanner.annotation.component;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.TYPE, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface ConfluenceComponent {

    String value() default "";
}
