package io.hindsight.ingest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

/** {@link BearerToken}: generation, the accepted header schemes, and matching against stored hashes. */
public class BearerTokenTest {

    @Test
    public void generate_gives256RandomBitsWithThePrefix() {
        String token = BearerToken.generate();

        assertTrue(token, token.matches("hst_[A-Za-z0-9_-]{43}"));
        assertNotEquals(token, BearerToken.generate());
    }

    @Test
    public void fromAuthorization_acceptsBearerAndHindsightTokenInAnyCase() {
        assertEquals("abc", BearerToken.fromAuthorization("Bearer abc"));
        assertEquals("abc", BearerToken.fromAuthorization("bearer  abc "));
        assertEquals("abc", BearerToken.fromAuthorization("HindsightToken abc"));
        assertNull(BearerToken.fromAuthorization("Basic abc"));
        assertNull(BearerToken.fromAuthorization("Bearer"));
        assertNull(BearerToken.fromAuthorization("Bearer " + "x".repeat(201)));
        assertNull(BearerToken.fromAuthorization(null));
    }

    @Test
    public void matches_anyOfTheValidHashes() {
        String token = BearerToken.generate();

        assertTrue(BearerToken.matches(token, List.of(BearerToken.hash("old"), BearerToken.hash(token))));
        assertFalse(BearerToken.matches(token, List.of(BearerToken.hash(token + "x"))));
        assertFalse(BearerToken.matches(token, List.of()));
    }
}
