/*
 * Compile-only stand-in, never packaged: the host's plugin framework provides the real type.
 * Mirrors: https://developer.atlassian.com/server/jira/platform/web-panel/ (conditions on a
 * web-panel) and the reference atlassian-api.md section 2.3: a public interface with void init(Map<String, String>)
 * throws PluginParseException and boolean shouldDisplay(Map<String, Object> context). CONFIRMED (code, alanmosely
 * Jira 11 plugin); Platform 8 by Javadoc: UNCONFIRMED.
 */
package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

public interface Condition {

    void init(Map<String, String> params) throws PluginParseException;

    boolean shouldDisplay(Map<String, Object> context);
}
