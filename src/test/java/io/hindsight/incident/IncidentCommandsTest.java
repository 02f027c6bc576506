package io.hindsight.incident;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.hindsight.platform.InvalidInputException;
import java.time.Instant;
import java.util.function.Supplier;
import org.junit.Test;

/** The self-validating command records: each refuses what breaks a rule, naming the field. */
public class IncidentCommandsTest {

    private static final Instant T = Instant.parse("2026-06-01T10:00:00Z");

    @Test
    public void declare_refusesMalformedProjectSummarySeverityAndCommander() {
        assertField("projectKey", () -> declare("ops", "x", Severity.SEV_1, null));
        assertField("projectKey", () -> declare(null, "x", Severity.SEV_1, null));
        assertField("summary", () -> declare("OPS", "  ", Severity.SEV_1, null));
        assertField("summary", () -> declare("OPS", "a".repeat(256), Severity.SEV_1, null));
        assertField("summary", () -> declare("OPS", "two\nlines", Severity.SEV_1, null));
        assertField("severity", () -> declare("OPS", "x", null, null));
        assertField("commander", () -> declare("OPS", "x", Severity.SEV_1, " padded "));
    }

    @Test
    public void declare_refusesImpactAfterAGivenDeclarationInstant_andTrimsTheSummary() {
        assertField("impactStartedAt", () -> new DeclareIncidentCommand("OPS", "x", Severity.SEV_1, T.plusSeconds(1),
                null, false, T));

        assertEquals("Checkout down", declare("OPS", "  Checkout down ", Severity.SEV_1, null).summary());
    }

    @Test
    public void everyChange_needsAReasonOfAtMost500Characters() {
        assertField("reason", () -> new TransitionIncidentCommand(IncidentTransition.CLOSE, " "));
        assertField("reason", () -> new ChangeSeverityCommand(Severity.SEV_1, null));
        assertField("reason", () -> new SetKeyInstantCommand(KeyInstant.DETECTED, T, "x".repeat(501)));
        assertField("reason", () -> new MeetDeadlineCommand(DeadlineClock.EXECUTIVE_NOTIFICATION, T, "bell\u0007"));
        assertField("reason", () -> new FlagPersonalDataBreachCommand(T, ""));

        assertEquals("line one\nline two",
                new TransitionIncidentCommand(IncidentTransition.CLOSE, " line one\nline two ").reason());
    }

    @Test
    public void changes_needTheirSubject() {
        assertField("transition", () -> new TransitionIncidentCommand(null, "x"));
        assertField("severity", () -> new ChangeSeverityCommand(null, "x"));
        assertField("instant", () -> new SetKeyInstantCommand(null, T, "x"));
        assertField("at", () -> new SetKeyInstantCommand(KeyInstant.DETECTED, null, "x"));
        assertField("clock", () -> new MeetDeadlineCommand(null, T, "x"));
        assertField("status", () -> new RecordPostmortemCommand("https://wiki.example.com/pm", null));
    }

    @Test
    public void postmortemDeadline_isMetByPublishing_notByHand() {
        assertField("clock", () -> new MeetDeadlineCommand(DeadlineClock.POSTMORTEM, T, "done"));
    }

    @Test
    public void postmortemLink_isAnAbsoluteHttpOrHttpsUrl() {
        for (String bad : new String[] {null, "", "wiki/pm/1", "javascript:alert(1)", "ftp://files.example.com/pm",
                "data:text/html,hi", "https://", "https://" + "a".repeat(2_000) + ".example.com"}) {
            assertField("url", () -> new RecordPostmortemCommand(bad, PostmortemStatus.DRAFT));
        }

        assertEquals("http://wiki.example.com/pm/1",
                new RecordPostmortemCommand(" http://wiki.example.com/pm/1 ", PostmortemStatus.DRAFT).url());
        assertEquals("HTTPS://wiki.example.com/pm/1",
                new RecordPostmortemCommand("HTTPS://wiki.example.com/pm/1", PostmortemStatus.DRAFT).url());
    }

    @Test
    public void wireCodes_parseBackAndUnknownOnesNameTheField() {
        for (KeyInstant instant : KeyInstant.values()) {
            assertEquals(instant, KeyInstant.fromCode(instant.code(), "instant"));
        }
        for (DeadlineClock clock : DeadlineClock.values()) {
            assertEquals(clock, DeadlineClock.fromCode(clock.code(), "clock"));
        }
        for (PostmortemStatus status : PostmortemStatus.values()) {
            assertEquals(status, PostmortemStatus.fromCode(status.code(), "status"));
        }
        assertEquals("impact-started", KeyInstant.IMPACT_STARTED.code());
        assertEquals("in-review", PostmortemStatus.IN_REVIEW.code());
        assertField("instant", () -> KeyInstant.fromCode("IMPACT_STARTED", "instant"));
        assertField("clock", () -> DeadlineClock.fromCode("gdpr", "clock"));
        assertField("status", () -> PostmortemStatus.fromCode("done", "status"));
    }

    private static DeclareIncidentCommand declare(String project, String summary, Severity severity, String commander) {
        return new DeclareIncidentCommand(project, summary, severity, null, commander, false, null);
    }

    private static void assertField(String field, Supplier<?> construct) {
        assertEquals(field, assertThrows(InvalidInputException.class, construct::get).field());
    }
}
