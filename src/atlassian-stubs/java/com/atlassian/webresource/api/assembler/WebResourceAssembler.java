/*
 * Compile-only stand-in, never packaged: the host's web-resource manager provides the real type.
 * Javadoc: https://docs.atlassian.com/ConfluenceServer/javadoc/7.16.0/com/atlassian/confluence/setup/SetupWebResourceManager.html
 * (places the com.atlassian.webresource.api.assembler package, e.g. WebResourceAssemblerFactory; this type's own page
 * was not found).
 * Mirrors: the PageBuilderService stand-in's page and the reference atlassian-api.md section 2.3: an interface whose
 * RequiredResources resources() collects what the page needs. CONFIRMED (code) for the call; the return type's
 * name RequiredResources: UNCONFIRMED by Javadoc (it is part of the call's descriptor; check with javap).
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {

    RequiredResources resources();
}
