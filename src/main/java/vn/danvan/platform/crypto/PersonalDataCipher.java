package vn.danvan.platform.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.danvan.platform.config.DanvanConfig;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Protects personal data at rest, for every feature. Values are encrypted with AES-256-GCM (a random 96-bit nonce per
 * value, stored as nonce ‖ ciphertext) and given a keyed hash (HMAC-SHA-256) when they must stay findable by exact
 * value. Every key is derived from the one configured personal-data key, one per purpose, so a hash cannot be
 * recomputed and a sealed value cannot be opened without it, and what is sealed for one purpose cannot be opened as
 * another. Created at start ({@link Startup}): without a key the service does not start, personal data must never be
 * stored unprotected.
 */
@Startup
@ApplicationScoped
public class PersonalDataCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final byte[] master;
    private final SecretKeySpec encryptionKey;
    private final SecretKeySpec hashKey;
    private final Map<String, SecretKeySpec> purposeKeys = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    // One cipher per thread, initialised anew for every value: creating one and expanding the key for each of a
    // page's citizens was a tenth of a reception list's time (the JDK keeps the expanded key while the key is the same).
    private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(PersonalDataCipher::newCipher);

    @Inject
    public PersonalDataCipher(DanvanConfig config) {
        this(PersonalDataKey.read(config));
    }

    /** For code that runs before the container (schema migrations). */
    public PersonalDataCipher(byte[] masterKey) {
        this.master = masterKey.clone();
        this.encryptionKey = new SecretKeySpec(derive(master, "danvan/personal-data/encryption"), "AES");
        this.hashKey = new SecretKeySpec(derive(master, "danvan/personal-data/search-hash"), "HmacSHA256");
    }

    /** Encrypts a personal-data column value. */
    public byte[] encrypt(String plain) {
        return seal(encryptionKey, plain.getBytes(StandardCharsets.UTF_8), null);
    }

    public String decrypt(byte[] stored) {
        return new String(open(encryptionKey, stored, null), StandardCharsets.UTF_8);
    }

    /** Encrypts a value for one purpose (e.g. "idempotency-response"), bound to {@code context} (associated data). */
    public byte[] seal(String purpose, byte[] plain, byte[] context) {
        return seal(purposeKey(purpose), plain, context);
    }

    /** Opens what {@link #seal} sealed for the same purpose and context; fails if either differs. */
    public byte[] open(String purpose, byte[] sealed, byte[] context) {
        return open(purposeKey(purpose), sealed, context);
    }

    /** The keyed hash of a normalised value (exact-match search). */
    public byte[] hash(String normalised) {
        return mac(hashKey, normalised.getBytes(StandardCharsets.UTF_8));
    }

    /** A keyed digest for other purposes (e.g. deriving the secret of a tracking code), separated by label. */
    public byte[] keyedDigest(String label, String value) {
        return mac(hashKey, (label + "\u0000" + value).getBytes(StandardCharsets.UTF_8));
    }

    /** A keyed digest of bytes (e.g. a request that may hold passwords or personal data), separated by label. */
    public byte[] keyedDigest(String label, byte[] value) {
        byte[] prefix = (label + "\u0000").getBytes(StandardCharsets.UTF_8);
        return mac(hashKey, ByteBuffer.allocate(prefix.length + value.length).put(prefix).put(value).array());
    }

    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }

    private SecretKeySpec purposeKey(String purpose) {
        return purposeKeys.computeIfAbsent(purpose, p -> new SecretKeySpec(derive(master, "danvan/sealed/" + p), "AES"));
    }

    private byte[] seal(SecretKeySpec key, byte[] plain, byte[] context) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            if (context != null) {
                cipher.updateAAD(context);
            }
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt personal data", e);
        }
    }

    private byte[] open(SecretKeySpec key, byte[] stored, byte[] context) {
        try {
            Cipher cipher = ciphers.get();
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            if (context != null) {
                cipher.updateAAD(context);
            }
            return cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
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

    private static byte[] mac(SecretKeySpec key, byte[] value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] derive(byte[] master, String label) {
        return mac(new SecretKeySpec(master, "HmacSHA256"), label.getBytes(StandardCharsets.UTF_8));
    }
}
