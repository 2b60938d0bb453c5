package vn.danvan.reception.personaldata;

import jakarta.enterprise.context.ApplicationScoped;
import vn.danvan.platform.config.DanvanConfig;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Encrypts ID numbers at rest (AES-256-GCM, a random 96-bit nonce per value, stored as nonce ‖ ciphertext)
 * and gives each number a keyed hash (HMAC-SHA-256) so that records stay findable by exact number. Both
 * keys are derived from the one configured key, so the hash cannot be recomputed without it. The service
 * refuses to start without a key: personal data must never be stored unprotected.
 */
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final SecureRandom random = new SecureRandom();
    // One cipher per thread, initialised anew for every value: creating one and expanding the key for each of a
    // page's citizens was a tenth of a reception list's time (the JDK keeps the expanded key while the key is the same).
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    public PersonalDataCipher(DanvanConfig config) {
        byte[] master = masterKey(config.reception());
        this.encryptionKey = new SecretKeySpec(derive(master, "danvan/personal-data/encryption"), "AES");
        this.hashKey = new SecretKeySpec(derive(master, "danvan/personal-data/search-hash"), "HmacSHA256");
    }

    public byte[] encrypt(String plain) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    public String decrypt(byte[] stored) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, encryptionKey, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot decrypt personal data (wrong key?)", e);
        }
    }

    private static Cipher newCipher() {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    }

    /** The keyed hash of a normalised value (exact-match search). */
    public byte[] hash(String normalised) {
        return mac(hashKey, normalised);
    }

    /** A keyed digest for other purposes (e.g. deriving the secret of a tracking code), separated by label. */
    public byte[] keyedDigest(String label, String value) {
        return mac(hashKey, label + "\u0000" + value);
    }

    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    private static byte[] mac(SecretKeySpec key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        return mac(new SecretKeySpec(master, "HmacSHA256"), label);
    }

    private static byte[] masterKey(DanvanConfig.Reception config) {
        String base64 = config.personalDataKey().filter(k -> !k.isBlank()).orElseGet(() -> config.personalDataKeyFile()
                .map(PersonalDataCipher::read)
                .orElseThrow(() -> new IllegalStateException("No personal-data key: set DANVAN_RECEPTION_PERSONAL_DATA_KEY"
                        + " (Base64 of 32 random bytes) or DANVAN_RECEPTION_PERSONAL_DATA_KEY_FILE")));
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The personal-data key is not valid Base64", e);
        }
        if (key.length != 32) {
            throw new IllegalStateException("The personal-data key must be 32 bytes, not " + key.length);
        }
        return key;
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the personal-data key file " + file, e);
        }
    }
}
