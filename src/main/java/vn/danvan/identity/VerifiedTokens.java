package vn.danvan.identity;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature this instance has already checked, with their claims, until they expire. A
 * mobile app sends the same token with every request for its whole life, and checking an RSA signature
 * costs more than the rest of a small request; the key is the whole token text, so only a token that
 * was verified byte for byte is ever answered from here. Revocation is unaffected: the account check
 * (AccountStatusAugmentor) still runs on every request.
 */
final class VerifiedTokens {

    private record Entry(String claimsJson, long expiresAtSeconds) {
    }

    private final int maxEntries;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    VerifiedTokens(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** Fresh claims of a token verified before and not yet expired; null otherwise. */
    JwtClaims claimsOf(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (NumericDate.now().getValue() >= entry.expiresAtSeconds()) {
            entries.remove(token);
            return null;
        }
        try {
            // A copy per request: the principal and the claim mapping may change the claims they get.
            return JwtClaims.parse(entry.claimsJson());
        } catch (InvalidJwtException e) {
            entries.remove(token);
            return null;
        }
    }

    /** Remembers a token that has just passed verification; tokens without an expiry are not kept. */
    void remember(String token, JwtClaims claims) {
        NumericDate expiry;
        try {
            expiry = claims.getExpirationTime();
        } catch (MalformedClaimException e) {
            return;
        }
        if (expiry == null) {
            return;
        }
        if (entries.size() >= maxEntries) {
            sweep();
        }
        entries.put(token, new Entry(claims.toJson(), expiry.getValue()));
    }

    /** Drops expired entries and, if that is not enough, all of them (they are only a shortcut). */
    private void sweep() {
        long now = NumericDate.now().getValue();
        entries.values().removeIf(e -> now >= e.expiresAtSeconds());
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
    }

    int size() {
        return entries.size();
    }
}
