package io.hindsight.incident.ao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.hindsight.incident.Breach;
import io.hindsight.incident.BreachAlreadyClaimedException;
import io.hindsight.incident.DeadlineClock;
import io.hindsight.standalone.ao.EntityManagerActiveObjects;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** The behaviour of {@link AoBreachClaims} on a real database; each subclass names one with {@code @Jdbc}. */
@RunWith(ActiveObjectsJUnitRunner.class)
@Data(IncidentDatabaseUpdater.class)
public abstract class AoBreachClaimsContract {

    private static final Instant DUE = Instant.parse("2026-06-03T10:00:00Z");

    private EntityManager entityManager;
    private AoBreachClaims claims;

    @Before
    public void createClaims() {
        claims = new AoBreachClaims(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void claimed_namesOnlyTheKeysClaimed() {
        Breach postmortem = new Breach(80_001L, DeadlineClock.POSTMORTEM, DUE);
        Breach executive = new Breach(80_001L, DeadlineClock.EXECUTIVE_NOTIFICATION, DUE);
        claims.claim(postmortem, DUE.plusSeconds(60));

        assertEquals(Set.of(postmortem.key()), claims.claimed(List.of(postmortem.key(), executive.key())));
    }

    @Test
    public void claimed_readsMoreKeysThanOneInListTakes() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < AoBreachClaims.MAX_IN_LIST + 200; i++) {
            keys.add(new Breach(81_000L + i, DeadlineClock.POSTMORTEM, DUE).key());
        }
        Breach last = new Breach(81_000L + AoBreachClaims.MAX_IN_LIST + 150, DeadlineClock.POSTMORTEM, DUE);
        claims.claim(last, DUE);

        assertEquals(Set.of(last.key()), claims.claimed(keys));
    }

    @Test
    public void aMovedDeadline_isANewBreach() {
        claims.claim(new Breach(80_002L, DeadlineClock.POSTMORTEM, DUE), DUE);

        claims.claim(new Breach(80_002L, DeadlineClock.POSTMORTEM, DUE.plusSeconds(3600)), DUE);

        assertEquals(2, claims.claimed(List.of(new Breach(80_002L, DeadlineClock.POSTMORTEM, DUE).key(),
                new Breach(80_002L, DeadlineClock.POSTMORTEM, DUE.plusSeconds(3600)).key())).size());
    }

    @Test
    @NonTransactional
    public void claim_ofAClaimedBreach_isRefused() {
        Breach breach = new Breach(82_000_000L + System.nanoTime() % 1_000_000L, DeadlineClock.PERSONAL_DATA_BREACH,
                DUE);
        claims.claim(breach, DUE);

        assertThrows(BreachAlreadyClaimedException.class, () -> claims.claim(breach, DUE.plusSeconds(60)));
    }
}
