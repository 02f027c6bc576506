package io.hindsight.jira;

import com.atlassian.sal.api.pluginsettings.PluginSettings;
import com.atlassian.sal.api.pluginsettings.PluginSettingsFactory;
import java.util.HashMap;
import java.util.Map;

/** SAL's global plugin settings as a map, so that tests see what a component stored and can change it between runs. */
public final class InMemoryPluginSettings implements PluginSettingsFactory, PluginSettings {

    private final Map<String, Object> values = new HashMap<>();

    @Override
    public PluginSettings createGlobalSettings() {
        return this;
    }

    @Override
    public Object get(String key) {
        return values.get(key);
    }

    @Override
    public Object put(String key, Object value) {
        return values.put(key, value);
    }

    @Override
    public Object remove(String key) {
        return values.remove(key);
    }

    public HindsightJiraSettings hindsightSettings() {
        return new HindsightJiraSettings(this);
    }
}
