package io.hindsight.jira.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import io.hindsight.incident.BreachNotice;
import io.hindsight.incident.Deadline;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.incident.IncidentStates;
import io.hindsight.incident.Severity;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraMailNotifierTest {

    private final MailQueue mailQueue = mock(MailQueue.class);
    private final UserManager userManager = mock(UserManager.class);
    private final JiraMailNotifier notifier = new JiraMailNotifier(mailQueue, userManager);

    @Test
    public void breachNotice_queuesOnePlainTextMailPerRecipientWithAnAddress() {
        user("u-commander", "commander@example.org");
        user("u-nomail", null);

        notifier.breachNotice(notice("u-commander", "u-nomail", "u-gone"));

        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(mailQueue).addItem(items.capture());
        List<MailQueueItem> queued = items.getAllValues();
        assertEquals(1, queued.size());
        String mail = queued.get(0).toString();
        assertTrue(mail, mail.startsWith("to commander@example.org [text/plain] OPS-7 (SEV-1): Post-mortem deadline"));
    }

    @Test
    public void breachNotice_failsWhenNobodyCanBeMailed_soTheBreachIsRetried() {
        assertThrows(IllegalStateException.class, () -> notifier.breachNotice(notice("u-gone")));
        verify(mailQueue, never()).addItem(any());
    }

    private void user(String key, String address) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getEmailAddress()).thenReturn(address);
        when(userManager.getUserByKey(key)).thenReturn(user);
    }

    private static BreachNotice notice(String... recipients) {
        Instant due = Instant.parse("2026-06-03T10:00:00Z");
        return new BreachNotice(IncidentStates.OPS_7, Severity.SEV_1,
                new Deadline(DeadlineClock.POSTMORTEM, IncidentStates.T0, due, null),
                new LinkedHashSet<>(List.of(recipients)));
    }
}
