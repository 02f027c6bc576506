package io.hindsight.postmortem;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.time.Duration;
import java.time.Instant;
import org.junit.Test;

public class MeasurementTest {

    private static final Instant IMPACT = Instant.parse("2026-03-14T09:11:30Z");

    @Test
    public void of_computesDurationBetweenKeyInstants() {
        KeyInstants instants = KeyInstants.none()
                .with(KeyMoment.IMPACT_STARTED, new KeyInstant(IMPACT, null))
                .with(KeyMoment.DETECTED, new KeyInstant(IMPACT.plusSeconds(252), null));

        Measurement timeToDetect = Measurement.of(IncidentMeasure.TIME_TO_DETECT, instants);

        assertEquals(Duration.ofSeconds(252), timeToDetect.valueIfKnown().orElseThrow());
        assertEquals("4 min 12 s", timeToDetect.display());
    }

    @Test
    public void of_reportsMissingInstantAsUnknown() {
        KeyInstants instants = KeyInstants.none().with(KeyMoment.DETECTED, new KeyInstant(IMPACT, null));

        Measurement timeToDetect = Measurement.of(IncidentMeasure.TIME_TO_DETECT, instants);

        assertFalse(timeToDetect.valueIfKnown().isPresent());
        assertEquals("unknown", timeToDetect.display());
        assertEquals("“Impact started” is not recorded", timeToDetect.unknownBecause());
    }

    @Test
    public void of_reportsInstantsInWrongOrderAsUnknownNeverNegative() {
        KeyInstants instants = KeyInstants.none()
                .with(KeyMoment.DETECTED, new KeyInstant(IMPACT, null))
                .with(KeyMoment.RESOLVED, new KeyInstant(IMPACT.minusSeconds(60), null));

        Measurement timeToResolve = Measurement.of(IncidentMeasure.TIME_TO_RESOLVE, instants);

        assertFalse(timeToResolve.valueIfKnown().isPresent());
        assertEquals("“Resolved” is recorded before “Detected”", timeToResolve.unknownBecause());
    }

    @Test
    public void display_usesTwoUnitsAtMost() {
        assertEquals("45 s", PageText.duration(Duration.ofSeconds(45)));
        assertEquals("3 min", PageText.duration(Duration.ofMinutes(3)));
        assertEquals("1 h 35 min", PageText.duration(Duration.ofMinutes(95).plusSeconds(20)));
        assertEquals("2 d 3 h", PageText.duration(Duration.ofHours(51)));
    }
}
