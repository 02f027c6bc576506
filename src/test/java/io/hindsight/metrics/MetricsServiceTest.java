package io.hindsight.metrics;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import io.hindsight.platform.CurrentUser;
import io.hindsight.platform.InvalidInputException;
import io.hindsight.platform.UnauthenticatedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class MetricsServiceTest {

    private static final Instant NOW = Instant.parse("2026-07-15T00:00:00Z");
    private final MetricsStore store = mock(MetricsStore.class);
    private final CurrentUser alice = () -> Optional.of("u-alice");

    private MetricsService service(CurrentUser user) {
        return new MetricsService(store, userKey -> Set.of("OPS", "WEB"), user, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    public void report_coversTheVisibleProjectsAndTheLast90DaysByDefault() {
        service(alice).report(null, null, null, null);

        MetricsFilter filter = captured();
        assertEquals(Set.of("OPS", "WEB"), filter.projectKeys());
        assertEquals(NOW.minus(Duration.ofDays(90)), filter.from());
        assertEquals(NOW, filter.to());
    }

    @Test
    public void aProjectTheCallerMayNotSee_narrowsToNothing() {
        service(alice).report("SEC", null, null, null);

        assertEquals(Set.of(), captured().projectKeys());
    }

    @Test
    public void aReversedOrOverlongPeriod_isRefusedNamingFrom() {
        assertEquals("from", assertThrows(InvalidInputException.class,
                () -> service(alice).report(null, NOW, NOW.minusSeconds(1), null)).field());
        assertThrows(InvalidInputException.class,
                () -> service(alice).report(null, NOW.minus(Duration.ofDays(4 * 366)), NOW, null));
    }

    @Test
    public void anonymousCallers_areRefused() {
        assertThrows(UnauthenticatedException.class, () -> service(Optional::empty).report(null, null, null, null));
    }

    @Test
    public void aPageSizeOutOfRange_isRefusedNamingLimit() {
        assertEquals("limit", assertThrows(InvalidInputException.class,
                () -> service(alice).trace(Figure.MTTR, null, null, null, null, null, 501)).field());
    }

    private MetricsFilter captured() {
        ArgumentCaptor<MetricsFilter> filter = ArgumentCaptor.forClass(MetricsFilter.class);
        verify(store).report(filter.capture());
        return filter.getValue();
    }
}
