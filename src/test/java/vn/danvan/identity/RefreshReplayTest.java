package vn.danvan.identity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pair sealed with a key derived from the refresh token, bound to the token's id. */
class RefreshReplayTest {

    private static final String TOKEN = "rt_3q2+7w-K9xZpQmVb8nL0aYc4eHf6jT1uS5dR";
    private static final UUID ID = UUID.fromString("3f0e2b1a-9c8d-4e7f-a6b5-c4d3e2f1a0b9");
    private static final String PAIR = "{\"accessToken\":\"eyJ...\",\"refreshToken\":\"rt_next\",\"note\":\"Hà Nội\"}";

    @Test
    void theTokenThatSealedThePairOpensIt() {
        byte[] sealed = RefreshReplay.seal(TOKEN, ID, PAIR);
        assertEquals(Optional.of(PAIR), RefreshReplay.open(TOKEN, ID, sealed));
    }

    @Test
    void theSealedValueDoesNotShowThePairAndDiffersEachTime() {
        byte[] first = RefreshReplay.seal(TOKEN, ID, PAIR);
        byte[] second = RefreshReplay.seal(TOKEN, ID, PAIR);

        assertFalse(Arrays.equals(first, second));
        // 12 bytes of nonce, the ciphertext (as long as the UTF-8 text), 16 bytes of tag.
        assertEquals(12 + PAIR.getBytes(StandardCharsets.UTF_8).length + 16, first.length);
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("accessToken"));
    }

    @Test
    void anotherTokenCannotOpenIt() {
        byte[] sealed = RefreshReplay.seal(TOKEN, ID, PAIR);
        assertEquals(Optional.empty(), RefreshReplay.open(TOKEN + "x", ID, sealed));
        assertEquals(Optional.empty(), RefreshReplay.open(TOKEN.toUpperCase(), ID, sealed));
        assertEquals(Optional.empty(), RefreshReplay.open("rt_other", ID, sealed));
    }

    @Test
    void theRightTokenWithAnotherIdCannotOpenIt() {
        byte[] sealed = RefreshReplay.seal(TOKEN, ID, PAIR);
        assertEquals(Optional.empty(), RefreshReplay.open(TOKEN, UUID.randomUUID(), sealed));
    }

    @Test
    void aChangedByteAnywhereIsDetected() {
        byte[] sealed = RefreshReplay.seal(TOKEN, ID, PAIR);
        for (int i = 0; i < sealed.length; i++) {
            byte[] tampered = sealed.clone();
            tampered[i] ^= 0x01;
            assertEquals(Optional.empty(), RefreshReplay.open(TOKEN, ID, tampered), "byte " + i);
        }
        byte[] truncated = Arrays.copyOf(sealed, sealed.length - 1);
        assertEquals(Optional.empty(), RefreshReplay.open(TOKEN, ID, truncated));
    }

    @Test
    void anEmptyPairRoundTrips() {
        assertTrue(RefreshReplay.open(TOKEN, ID, RefreshReplay.seal(TOKEN, ID, "")).orElseThrow().isEmpty());
    }
}
