/*
 * Compile-only stand-in, never packaged: the host's web-resource manager provides the real type.
 * Mirrors: the PageBuilderService page above and the reference atlassian-api.md section 2.3: a fluent interface
 * whose RequiredResources requireWebResource(String completeModuleKey) adds a web-resource module to the page.
 * CONFIRMED (code, chained calls in plugins); the type's name and fluent return: UNCONFIRMED by Javadoc.
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);
}
