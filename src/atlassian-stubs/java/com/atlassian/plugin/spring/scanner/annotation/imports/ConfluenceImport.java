/*
 * Compile-only stand-in, never packaged: the host's Spring Scanner provides the real annotation.
 * Usage documented: https://developer.atlassian.com/server/confluence/how-do-i-get-a-reference-to-a-component/ (components
 * marked @Named, host components imported with the scanner's import annotations) and
 * https://docs.atlassian.com/atlassian-bamboo/10.1.0/com/atlassian/sal/bamboo/internal/ComponentImports.html (a host
 * class that exists only to carry Spring Scanner @ComponentImport annotations).
 * Mirrors: atlassian-spring-scanner-annotation (project page https://bitbucket.org/atlassian/atlassian-spring-scanner).
 * CONFIRMED (code) from the scanner's annotation-processor source in public code: RUNTIME retention, meta-annotated
 * with ComponentImport and restricted to Confluence (OnlyInProduct(CONFLUENCE), not declared here: nothing reads it
 * at run time, the product filter lives in the index file name imports-confluence). Plugin code in the wild also puts
 * it on fields, so FIELD is kept beside PARAMETER. Scanner version in Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.plugin.spring.scanner.annotation.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

@Target({ElementType.PARAMETER, ElementType.FIELD})
@Retention(RetentionPolicy.RUNTIME)
@ComponentImport
public @interface ConfluenceImport {

    String value() default "";
}
