package io.hindsight.confluence.followup;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.hindsight.platform.CurrentUser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** The follow-up status cache: one Jira read per viewer and page a minute, failures cached too, authorising not. */
public class FollowUpStatusCacheTest {

    private static final List<String> KEYS = List.of("ACT-1", "ACT-2");
    private static final Instant T0 = Instant.parse("2026-03-10T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final CurrentUser viewer = mock(CurrentUser.class);
    private final FollowUpStatusSource jira = mock(FollowUpStatusSource.class);
    private final FollowUpStatusCache cache = new FollowUpStatusCache(
            new MapCacheManager(clock, Duration.ofSeconds(FollowUpStatusCache.TTL_SECONDS)), viewer, jira);
    private final FollowUpStatuses read = FollowUpStatuses.read(List.of(
            new FollowUpStatus("ACT-1", "Open", FollowUpState.OPEN, null),
            new FollowUpStatus("ACT-2", "Done", FollowUpState.DONE, null)), T0);

    @Test
    public void statusOf_secondViewWithinAMinute_isServedWithoutAskingJira() {
        when(viewer.userKey()).thenReturn(Optional.of("u1"));
        when(jira.statusOf(KEYS)).thenReturn(read);

        cache.statusOf(KEYS);
        clock.advance(Duration.ofSeconds(59));
        FollowUpStatuses second = cache.statusOf(KEYS);

        assertEquals(read, second);
        verify(jira, times(1)).statusOf(KEYS);
    }

    @Test
    public void statusOf_afterAMinute_readsJiraAgain() {
        when(viewer.userKey()).thenReturn(Optional.of("u1"));
        when(jira.statusOf(KEYS)).thenReturn(read);

        cache.statusOf(KEYS);
        clock.advance(Duration.ofSeconds(60));
        cache.statusOf(KEYS);

        verify(jira, times(2)).statusOf(KEYS);
    }

    @Test
    public void statusOf_anotherViewer_getsTheirOwnRead() {
        when(viewer.userKey()).thenReturn(Optional.of("u1"), Optional.of("u2"));
        when(jira.statusOf(KEYS)).thenReturn(read);

        cache.statusOf(KEYS);
        cache.statusOf(KEYS);

        verify(jira, times(2)).statusOf(KEYS);
    }

    @Test
    public void statusOf_jiraUnavailable_isCachedSoASlowJiraCostsOneTimeoutAMinute() {
        when(viewer.userKey()).thenReturn(Optional.of("u1"));
        FollowUpStatuses down = FollowUpStatuses.unavailable("Jira did not answer within 1500 ms.", T0);
        when(jira.statusOf(KEYS)).thenReturn(down);

        cache.statusOf(KEYS);
        assertSame(down, cache.statusOf(KEYS));

        verify(jira, times(1)).statusOf(KEYS);
    }

    @Test
    public void statusOf_authorisationRequired_isAskedAgainOnTheNextView() {
        when(viewer.userKey()).thenReturn(Optional.of("u1"));
        when(jira.statusOf(KEYS)).thenReturn(FollowUpStatuses.authorise(URI.create("https://jira.test/authorize"), T0),
                read);

        cache.statusOf(KEYS);
        FollowUpStatuses afterAuthorising = cache.statusOf(KEYS);

        assertEquals(read, afterAuthorising);
        verify(jira, times(2)).statusOf(KEYS);
    }

    @Test
    public void statusOf_anonymousViewer_isCachedApartFromSignedInOnes() {
        when(viewer.userKey()).thenReturn(Optional.empty(), Optional.of("u1"));
        when(jira.statusOf(KEYS)).thenReturn(read);

        cache.statusOf(KEYS);
        cache.statusOf(KEYS);

        verify(jira, times(2)).statusOf(KEYS);
    }

    /** A clock the test moves forward. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
