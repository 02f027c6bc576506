/*
 * Compile-only stand-in, never packaged: the host's plugin framework provides the real type.
 * Mirrors: https://docs.atlassian.com/atlassian-plugins-parent/5.2.3-6fa0802f0/xref/com/atlassian/plugin/util/ModuleRestricts.html
 * (atlassian-plugins 5.2.3, same framework) and the web-panel module documentation quoted in reference
 * atlassian-api.md section 2.3: ContextProvider.init and Condition.init declare it. Unchecked in recent plugin
 * frameworks (it extends RuntimeException there): UNCONFIRMED for Platform 8; Hindsight never throws or catches it.
 */
package com.atlassian.plugin;

public class PluginParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PluginParseException(String message) {
        super(message);
    }
}
