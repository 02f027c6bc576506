package io.hindsight.ingest.pagerduty;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.Test;

/** {@link PagerDutySignature}: parsing the header, and matching HMAC-SHA256 signatures during rotation. */
public class PagerDutySignatureTest {

    private static final byte[] BODY = "{\"event\":{\"id\":\"1\"}}".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CURRENT = "current-secret-from-pagerduty".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEXT = "next-secret-from-pagerduty".getBytes(StandardCharsets.UTF_8);

    @Test
    public void hmac_matchesTheRfc4231TestCase2() {
        byte[] mac = PagerDutySignature.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII));

        assertEquals("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", HexFormat.of().formatHex(mac));
    }

    @Test
    public void parse_keepsOnlyV1EntriesAndSkipsMalformedOnes() {
        String header = "v1=" + hex(CURRENT) + ", v0=abcd,v1=nothex, v1=" + hex(NEXT);

        List<byte[]> signatures = PagerDutySignature.parse(header);

        assertEquals(2, signatures.size());
        assertEquals(List.of(), PagerDutySignature.parse(null));
        assertEquals(List.of(), PagerDutySignature.parse("sha256=abc"));
    }

    @Test
    public void matches_anyEntryAgainstAnySecret_asDuringARotationOnEitherSide() {
        String pagerDutyRotating = "v1=" + hex(NEXT) + ",v1=" + hex(CURRENT);

        assertTrue(PagerDutySignature.matches(PagerDutySignature.parse(pagerDutyRotating), BODY, List.of(CURRENT)));
        assertTrue(PagerDutySignature.matches(PagerDutySignature.parse("v1=" + hex(CURRENT)), BODY, List.of(NEXT, CURRENT)));
    }

    @Test
    public void matches_refusesAnotherSecretOrAnAlteredBody() {
        List<byte[]> signatures = PagerDutySignature.parse("v1=" + hex(CURRENT));

        assertFalse(PagerDutySignature.matches(signatures, BODY, List.of(NEXT)));
        assertFalse(PagerDutySignature.matches(signatures, "{\"event\":{\"id\":\"2\"}}".getBytes(StandardCharsets.UTF_8),
                List.of(CURRENT)));
        assertFalse(PagerDutySignature.matches(signatures, BODY, List.of()));
    }

    /** The header PagerDuty sends for {@code body} signed with {@code secret}: for tests of the layers above. */
    public static String sign(String body, String secret) {
        return "v1=" + HexFormat.of().formatHex(PagerDutySignature.hmacSha256(secret.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    private static String hex(byte[] secret) {
        return HexFormat.of().formatHex(PagerDutySignature.hmacSha256(secret, BODY));
    }
}
