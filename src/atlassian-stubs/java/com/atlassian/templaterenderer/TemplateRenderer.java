/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/TemplateRenderer.html
 * (ATR 1.5.2): a public interface; void render(String templateName, Map<String, Object> context, Writer writer)
 * throws RenderingException, IOException renders a template from the plugin's class path. CONFIRMED (doc, 1.5.2);
 * the version in Confluence 10.2: UNCONFIRMED.
 */
package com.atlassian.templaterenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;

public interface TemplateRenderer {

    void render(String templateName, Map<String, Object> context, Writer writer) throws RenderingException, IOException;
}
