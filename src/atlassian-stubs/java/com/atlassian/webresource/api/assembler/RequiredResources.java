/*
 * Compile-only stand-in, never packaged: the host's web-resource manager provides the real type.
 * Javadoc: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/setup/SetupWebResourceManager.html
 * (places the com.atlassian.webresource.api.assembler package, e.g. WebResourceAssemblerFactory; this type's own page
 * was not found).
 * Mirrors: the PageBuilderService stand-in's page and the reference atlassian-api.md section 2.3: a fluent interface
 * whose RequiredResources requireWebResource(String completeModuleKey) adds a web-resource module to the page.
 * CONFIRMED (code, chained calls in plugins); the type's name and fluent return: UNCONFIRMED by Javadoc.
 * RequiredResources requireContext(String context) adds every web-resource that declares that context (the same
 * contexts a descriptor names in a web-resource's context element): UNCONFIRMED by Javadoc.
 */
package com.atlassian.webresource.api.assembler;

public interface RequiredResources {

    RequiredResources requireWebResource(String moduleCompleteKey);

    RequiredResources requireContext(String context);
}
