package vn.danvan.identity;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerifiedTokensTest {

    private static JwtClaims claims(String subject, long expiresInSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() + expiresInSeconds));
        return claims;
    }

    @Test
    void aVerifiedTokenIsAnsweredWithAFreshCopyOfItsClaims() throws Exception {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("a.b.c", claims("alice", 600));
        JwtClaims first = tokens.claimsOf("a.b.c");
        first.setSubject("changed by a caller");
        JwtClaims second = tokens.claimsOf("a.b.c");
        assertNotSame(first, second);
        assertEquals("alice", second.getSubject());
        assertNull(tokens.claimsOf("a.b.d"), "only the exact token text is known");
    }

    @Test
    void anExpiredTokenIsNotAnsweredAndIsForgotten() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        tokens.remember("old", claims("bob", -1));
        assertNull(tokens.claimsOf("old"));
        assertEquals(0, tokens.size());
    }

    @Test
    void aTokenWithoutExpiryIsNotKept() {
        VerifiedTokens tokens = new VerifiedTokens(10);
        JwtClaims claims = new JwtClaims();
        claims.setSubject("carol");
        tokens.remember("forever", claims);
        assertNull(tokens.claimsOf("forever"));
    }

    @Test
    void theCacheStaysWithinItsBound() {
        VerifiedTokens tokens = new VerifiedTokens(3);
        for (int i = 0; i < 10; i++) {
            tokens.remember("t" + i, claims("u" + i, 600));
        }
        assertEquals(true, tokens.size() <= 3);
        assertEquals("u9", subject(tokens.claimsOf("t9")));
    }

    private static String subject(JwtClaims claims) {
        try {
            return claims.getSubject();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
