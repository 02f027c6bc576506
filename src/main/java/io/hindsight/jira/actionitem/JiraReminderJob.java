package io.hindsight.jira.actionitem;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import io.hindsight.actionitem.ActionItemMirror;
import io.hindsight.actionitem.ReminderClaims;
import io.hindsight.actionitem.ReminderJob;
import io.hindsight.actionitem.ReminderMailer;
import io.hindsight.incident.IncidentStateStore;
import io.hindsight.jira.HindsightJiraSettings;
import java.time.Clock;

/** {@link ReminderJob} as a Jira-only component: the interval an administrator set (default daily), UTC clock. */
@JiraComponent
public class JiraReminderJob extends ReminderJob {

    public JiraReminderJob(ActionItemMirror actionItems, IncidentStateStore states, ReminderClaims claims,
            ReminderMailer mailer, HindsightJiraSettings settings) {
        super(actionItems, states, claims, mailer, () -> settings.reminderInterval().orElse(DEFAULT_INTERVAL),
                Clock.systemUTC());
    }
}
