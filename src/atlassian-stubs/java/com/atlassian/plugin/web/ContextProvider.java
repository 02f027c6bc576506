/*
 * Compile-only stand-in, never packaged: the host's plugin framework provides the real type.
 * Mirrors: https://developer.atlassian.com/server/jira/platform/web-panel/ (Jira web-panel module, updated Dec 2025:
 * one context-provider per panel) and the reference atlassian-api.md section 2.3: a public interface with
 * void init(Map<String, String> params) throws PluginParseException and Map<String, Object> getContextMap(Map<String,
 * Object> context). CONFIRMED (doc, framework 2017 text) and (code, many plugins incl. Confluence 9); Platform 8:
 * UNCONFIRMED.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface ContextProvider {

    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
