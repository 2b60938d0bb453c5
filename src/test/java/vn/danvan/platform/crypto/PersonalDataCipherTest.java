package vn.danvan.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Personal data at rest: AES-256-GCM with per-purpose keys and a keyed hash, from a fixed 32-byte key. */
class PersonalDataCipherTest {

    private static final byte[] KEY = HexFormat.of()
            .parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    private static final byte[] OTHER_KEY = HexFormat.of()
            .parseHex("1f1e1d1c1b1a191817161514131211100f0e0d0c0b0a09080706050403020100");

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---- column values ---------------------------------------------------------------------------------------

    @Test
    void encryptedValuesDecryptToTheValue() {
        for (String value : new String[] {"051089001234", "Nguyễn Văn Đức", "Xóm 3, xã Nghi Lộc, tỉnh Nghệ An", ""}) {
            assertEquals(value, cipher.decrypt(cipher.encrypt(value)));
        }
    }

    @Test
    void twoEncryptionsOfOneValueDiffer() {
        byte[] first = cipher.encrypt("051089001234");
        byte[] second = cipher.encrypt("051089001234");
        assertFalse(Arrays.equals(first, second));
        // The random nonce differs, so the whole value does.
        assertFalse(Arrays.equals(Arrays.copyOf(first, 12), Arrays.copyOf(second, 12)));
    }

    @Test
    void anEncryptedValueIsNonceCiphertextAndTag() {
        byte[] stored = cipher.encrypt("051089001234");
        assertEquals(12 + 12 + 16, stored.length);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("051089001234"));
    }

    @Test
    void anotherKeyOrAChangedByteCannotDecrypt() {
        byte[] stored = cipher.encrypt("051089001234");
        assertThrows(IllegalStateException.class, () -> new PersonalDataCipher(OTHER_KEY).decrypt(stored));
        for (int i = 0; i < stored.length; i++) {
            byte[] tampered = stored.clone();
            tampered[i] ^= (byte) 0x80;
            assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered), "byte " + i);
        }
        // And the cipher still works after the failures.
        assertEquals("051089001234", cipher.decrypt(stored));
    }

    @Test
    void theSameKeyInAnotherInstanceDecrypts() {
        assertEquals("Trần Thị B", new PersonalDataCipher(KEY.clone()).decrypt(cipher.encrypt("Trần Thị B")));
    }

    @Test
    void theKeyIsCopiedAtConstruction() {
        byte[] key = KEY.clone();
        PersonalDataCipher copy = new PersonalDataCipher(key);
        Arrays.fill(key, (byte) 0);
        // Purpose keys are derived on first use, after the caller's array was wiped: still from the original key.
        byte[] sealed = copy.seal("first-use-after-wipe", utf8("x"), null);
        assertArrayEquals(utf8("x"), cipher.open("first-use-after-wipe", sealed, null));
        assertEquals("051089001234", cipher.decrypt(copy.encrypt("051089001234")));
    }

    @Test
    void valuesEncryptedForAColumnCannotBeOpenedAsAPurpose() {
        byte[] stored = cipher.encrypt("051089001234");
        assertThrows(IllegalStateException.class, () -> cipher.open("personal-data/encryption", stored, null));
    }

    // ---- hashes ----------------------------------------------------------------------------------------------

    @Test
    void theHashIsDeterministicKeyedAndHmacSha256Sized() {
        byte[] hash = cipher.hash("051089001234");
        assertEquals(32, hash.length);
        assertArrayEquals(hash, cipher.hash("051089001234"));
        assertArrayEquals(hash, new PersonalDataCipher(KEY).hash("051089001234"));
        assertFalse(Arrays.equals(hash, cipher.hash("051089001235")));
        assertFalse(Arrays.equals(hash, new PersonalDataCipher(OTHER_KEY).hash("051089001234")));
    }

    @Test
    void keyedDigestsAreSeparatedByLabel() {
        byte[] tracking = cipher.keyedDigest("tracking", "HS-2026-0001");
        assertArrayEquals(tracking, cipher.keyedDigest("tracking", "HS-2026-0001"));
        assertArrayEquals(tracking, cipher.keyedDigest("tracking", utf8("HS-2026-0001")));
        assertFalse(Arrays.equals(tracking, cipher.keyedDigest("request", "HS-2026-0001")));
        // The label is separated from the value: moving characters across the boundary changes the digest.
        assertFalse(Arrays.equals(cipher.keyedDigest("ab", "c"), cipher.keyedDigest("a", "bc")));
        // A labelled digest is not the plain search hash of the same value.
        assertFalse(Arrays.equals(cipher.hash("HS-2026-0001"), tracking));
    }

    @Test
    void constantTimeEqualsComparesContents() {
        assertTrue(PersonalDataCipher.constantTimeEquals(utf8("abc"), utf8("abc")));
        assertFalse(PersonalDataCipher.constantTimeEquals(utf8("abc"), utf8("abd")));
        assertFalse(PersonalDataCipher.constantTimeEquals(utf8("abc"), utf8("abcd")));
    }

    // ---- sealed per purpose ----------------------------------------------------------------------------------

    @Test
    void sealedValuesOpenForTheSamePurposeAndContext() {
        byte[] plain = utf8("{\"status\":201,\"body\":\"Hồ sơ đã tiếp nhận\"}");
        byte[] context = utf8("POST /api/v1/receptions|key-123");

        byte[] sealed = cipher.seal("idempotency-response", plain, context);

        assertArrayEquals(plain, cipher.open("idempotency-response", sealed, context));
        assertArrayEquals(plain, new PersonalDataCipher(KEY).open("idempotency-response", sealed, context));
        assertFalse(Arrays.equals(sealed, cipher.seal("idempotency-response", plain, context)));
    }

    @Test
    void anotherPurposeCannotOpen() {
        byte[] sealed = cipher.seal("idempotency-response", utf8("secret"), utf8("ctx"));
        assertThrows(IllegalStateException.class, () -> cipher.open("export", sealed, utf8("ctx")));
    }

    @Test
    void anotherContextOrNoContextCannotOpen() {
        byte[] sealed = cipher.seal("idempotency-response", utf8("secret"), utf8("ctx"));
        assertThrows(IllegalStateException.class, () -> cipher.open("idempotency-response", sealed, utf8("ctx2")));
        assertThrows(IllegalStateException.class, () -> cipher.open("idempotency-response", sealed, null));
        byte[] withoutContext = cipher.seal("idempotency-response", utf8("secret"), null);
        assertThrows(IllegalStateException.class,
                () -> cipher.open("idempotency-response", withoutContext, utf8("ctx")));
        assertArrayEquals(utf8("secret"), cipher.open("idempotency-response", withoutContext, null));
        // An empty context is the same associated data as none.
        assertArrayEquals(utf8("secret"), cipher.open("idempotency-response", withoutContext, new byte[0]));
    }

    @Test
    void aColumnValueCannotBeOpenedAsASealedOneNorTheReverse() {
        byte[] sealed = cipher.seal("encryption", utf8("051089001234"), null);
        assertThrows(IllegalStateException.class, () -> cipher.decrypt(sealed));
    }

    @Test
    void anotherMasterKeyCannotOpen() {
        byte[] sealed = cipher.seal("idempotency-response", utf8("secret"), utf8("ctx"));
        assertThrows(IllegalStateException.class,
                () -> new PersonalDataCipher(OTHER_KEY).open("idempotency-response", sealed, utf8("ctx")));
    }
}
