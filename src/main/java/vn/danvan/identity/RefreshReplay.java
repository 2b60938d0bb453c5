package vn.danvan.identity;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.UUID;

/**
 * Seals the pair a refresh token was exchanged for with a key derived from that token's own value (AES-256-GCM, the
 * token's id as associated data). The database keeps only the token's hash, so the sealed pair can be opened only by
 * whoever presents the token again: the client retrying within the reuse interval.
 */
final class RefreshReplay {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RefreshReplay() {
    }

    static byte[] seal(String refreshToken, UUID tokenId, String pairJson) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(refreshToken), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(tokenId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(pairJson.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal the refreshed pair", e);
        }
    }

    /** The pair, or empty when the value does not open it (it always does for the token it was sealed with). */
    static Optional<String> open(String refreshToken, UUID tokenId, byte[] sealed) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(refreshToken), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(tokenId.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static SecretKeySpec key(String refreshToken) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(refreshToken.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return new SecretKeySpec(mac.doFinal("danvan/refresh-replay".getBytes(StandardCharsets.US_ASCII)), "AES");
    }
}
