package io.hindsight.jira.incident;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import java.util.function.Supplier;

/**
 * Marks the issue changes Hindsight makes itself (creating an incident's issue, mirroring a status or severity), so
 * that the issue listener does not take them for a user's change and feed them back into the incident domain.
 *
 * <p>A thread-local flag: Jira hands issue events to synchronous listeners on the thread that made the change. Should
 * an event ever arrive on another thread, the domain still ignores it, because the state already holds the change
 * (a transition to the current status and a severity equal to the current one change nothing).
 */
@JiraComponent
public class OwnIssueChanges {

    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

    /** Runs {@code change} marked as Hindsight's own. */
    public <T> T run(Supplier<T> change) {
        boolean outer = active.get();
        active.set(true);
        try {
            return change.get();
        } finally {
            active.set(outer);
        }
    }

    /** True while Hindsight itself is changing an issue on this thread. */
    public boolean inProgress() {
        return active.get();
    }
}
