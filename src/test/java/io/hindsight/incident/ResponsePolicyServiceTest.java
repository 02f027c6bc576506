package io.hindsight.incident;

import static io.hindsight.incident.IncidentTestbed.ADMIN;
import static io.hindsight.incident.IncidentTestbed.START;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.UnauthenticatedException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.junit.Test;

/** Reading and editing the response policy: defaults first, then revisions that name their author. */
public class ResponsePolicyServiceTest {

    private final IncidentTestbed bed = new IncidentTestbed();

    @Test
    public void current_isTheBuiltInDefaultAtRevisionZeroUntilAnAdminEditsIt() {
        StoredResponsePolicy current = bed.policies.current();

        assertEquals(0, current.revision());
        assertEquals(ResponsePolicy.defaults(), current.policy());
        assertNull(current.changedBy());
    }

    @Test
    public void update_savesTheNextRevisionAsTheCurrentUser() {
        StoredResponsePolicy saved = bed.as(ADMIN).policies.update(stricterSev3(), 0);

        assertEquals(1, saved.revision());
        assertEquals(ADMIN, saved.changedBy());
        assertEquals(START, saved.changedAt());
        assertEquals(saved, bed.policies.current());
    }

    @Test
    public void update_basedOnAnOlderRevision_isAConflict() {
        bed.as(ADMIN).policies.update(stricterSev3(), 0);

        ResponsePolicyChangedException refused = assertThrows(ResponsePolicyChangedException.class,
                () -> bed.policies.update(ResponsePolicy.defaults(), 0));

        assertEquals("policy_changed", refused.code());
        assertEquals(stricterSev3(), bed.policies.current().policy());
    }

    @Test
    public void update_needsASignedInUser() {
        assertThrows(UnauthenticatedException.class, () -> bed.as(null).policies.update(stricterSev3(), 0));
    }

    @Test
    public void anEdit_appliesToClocksStartedAfterIt_andLeavesRunningDeadlinesAlone() {
        String running = bed.declare(Severity.SEV_1).state().incident().key();
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(ResponsePolicy.defaults().levels());
        levels.put(Severity.SEV_1, new SeverityPolicy(Duration.ofMinutes(30), PostmortemRequirement.REQUIRED,
                new PostmortemDue.Elapsed(Duration.ofHours(48))));
        bed.as(ADMIN).policies.update(new ResponsePolicy(levels, ResponsePolicy.defaults().calendar(),
                ResponsePolicy.defaults().clocks()), 0);

        String started = bed.declare(Severity.SEV_1).state().incident().key();

        assertEquals(START.plus(Duration.ofMinutes(15)), dueOf(running));
        assertEquals(START.plus(Duration.ofMinutes(30)), dueOf(started));
    }

    private Instant dueOf(String key) {
        return bed.service.get(key).state().deadlines().get(DeadlineClock.EXECUTIVE_NOTIFICATION).orElseThrow().dueAt();
    }

    private static ResponsePolicy stricterSev3() {
        Map<Severity, SeverityPolicy> levels = new EnumMap<>(ResponsePolicy.defaults().levels());
        levels.put(Severity.SEV_3, new SeverityPolicy(null, PostmortemRequirement.REQUIRED,
                new PostmortemDue.BusinessDays(10)));
        return new ResponsePolicy(levels, ResponsePolicy.defaults().calendar(), ResponsePolicy.defaults().clocks());
    }
}
