/*
 * Compile-only stand-in, never packaged: the host provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-template-renderer/1.5.2/apidocs/com/atlassian/templaterenderer/RenderingException.html
 * (ATR 1.5.2): thrown by TemplateRenderer.render (CONFIRMED doc on the TemplateRenderer page). Declared unchecked here:
 * whether it is checked is UNCONFIRMED; it changes only what javac makes us catch, not linkage.
 */
package com.atlassian.templaterenderer;

public class RenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;
}
