/*
 * Compile-only stand-in, never packaged: the host's web-resource manager provides the real type.
 * Mirrors: the PageBuilderService page above and the reference atlassian-api.md section 2.3: an interface whose
 * RequiredResources resources() collects what the page needs. CONFIRMED (code) for the call; the return type's
 * name RequiredResources: UNCONFIRMED by Javadoc (it is part of the call's descriptor; check with javap).
 */
package com.atlassian.webresource.api.assembler;

public interface WebResourceAssembler {

    RequiredResources resources();
}
