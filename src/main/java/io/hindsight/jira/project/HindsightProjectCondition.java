package io.hindsight.jira.project;

import com.atlassian.jira.project.Project;
import com.atlassian.plugin.web.Condition;
import io.hindsight.jira.HindsightJiraSettings;
import java.util.Map;

/** Shows a web fragment only in projects an administrator turned Hindsight on for (the context's "project"). */
public class HindsightProjectCondition implements Condition {

    private final HindsightJiraSettings settings;

    public HindsightProjectCondition(HindsightJiraSettings settings) {
        this.settings = settings;
    }

    @Override
    public void init(Map<String, String> params) {
        // No parameters.
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        return context.get("project") instanceof Project project && project.getId() != null
                && settings.isEnabled(project.getId());
    }
}
