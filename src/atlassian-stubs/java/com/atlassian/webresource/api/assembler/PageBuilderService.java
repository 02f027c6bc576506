/*
 * Compile-only stand-in, never packaged: the host's web-resource manager provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/plugin/webresource/class-use/ConfluenceWebResourceService.html
 * (names com.atlassian.webresource.api.assembler.PageBuilderService as a constructor parameter: an interface of the
 * shared web-resource library) and the reference atlassian-api.md section 2.3: WebResourceAssembler assembler(), the
 * assembler of the page being rendered. The call chain assembler().resources().requireWebResource("plugin:module")
 * is CONFIRMED (code) in Jira and Confluence plugins; Platform 8: UNCONFIRMED.
 */
package com.atlassian.webresource.api.assembler;

public interface PageBuilderService {

    WebResourceAssembler assembler();
}
