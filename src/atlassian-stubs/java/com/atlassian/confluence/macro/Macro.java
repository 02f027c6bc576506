/*
 * Compile-only stand-in, never packaged: Confluence provides the real type.
 * Mirrors: https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.2/com/atlassian/confluence/macro/Macro.html
 * (Confluence 9.0.2): a public interface; String execute(Map<String, String>, String, ConversionContext) throws
 * MacroExecutionException, BodyType getBodyType(), OutputType getOutputType(). CONFIRMED (doc, 9.0.2). Nested enums
 * (binary names Macro$BodyType, Macro$OutputType): only the constants Hindsight uses, NONE and BLOCK, CONFIRMED
 * (code). Confluence 10.2: UNCONFIRMED by Javadoc.
 */
package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

public interface Macro {

    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** What the macro's body holds. */
    enum BodyType { NONE }

    /** How the macro's output sits in the page. */
    enum OutputType { BLOCK }
}
