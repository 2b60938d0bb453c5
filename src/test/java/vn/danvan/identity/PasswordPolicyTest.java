package vn.danvan.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.danvan.platform.error.FieldViolation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** At least 12 characters of at least three kinds, at most 72 UTF-8 bytes, not containing the username. */
class PasswordPolicyTest {

    private static boolean accepted(String username, String password) {
        return PasswordPolicy.check("password", username, password).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Abcdefghij12",         // 12 characters: lower, upper, digit
            "abcdefghij1!",         // lower, digit, other
            "ABCDEFGHIJ1!",         // upper, digit, other
            "Abcdefghijk!",         // lower, upper, other
            "Mật khẩu rất dài 2026",// Vietnamese letters, a space, digits
            "đường Trường Sơn 1",
    })
    void passwordsOfThreeKindsAndTwelveCharactersAreAccepted(String password) {
        assertTrue(accepted("nguyenvana", password), password);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Abcdefghi12",          // 11 characters
            "abcdefghijkl",         // one kind
            "abcdefghij12",         // two kinds: lower, digit
            "ABCDEFGHIJ!!",         // two kinds: upper, other
            "123456789012!",        // two kinds: digit, other
            "mật khẩu rất dài",     // lower and spaces: two kinds
    })
    void shortPasswordsAndPasswordsOfFewerKindsAreRefused(String password) {
        assertTrue(!accepted("nguyenvana", password), password);
    }

    @Test
    void theRefusalNamesTheFieldAndThePolicy() {
        Optional<FieldViolation> violation = PasswordPolicy.check("newPassword", "admin", "short");
        FieldViolation v = violation.orElseThrow();
        assertEquals("newPassword", v.field());
        assertEquals("PasswordPolicy", v.code());
        assertEquals("user.password-policy", v.messageKey());
    }

    @Test
    void nullIsRefused() {
        assertTrue(!accepted("admin", null));
    }

    @Test
    void aPasswordContainingTheUsernameInAnyCaseIsRefused() {
        assertTrue(!accepted("nguyenvana", "Nguyenvana2026!"));
        assertTrue(!accepted("NguyenVanA", "xx-nguyenvana-2026"));
        assertTrue(!accepted("admin", "Super-ADMIN-2026"));
        // Without the username the same shape passes, and without a username there is nothing to compare.
        assertTrue(accepted("nguyenvana", "Nguyenvanb2026!"));
        assertTrue(accepted(null, "Nguyenvana2026!"));
    }

    @Test
    void atMost72BytesInUtf8() {
        String ascii72 = "Aa1" + "x".repeat(69);
        assertEquals(72, ascii72.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(accepted("admin", ascii72));
        assertTrue(!accepted("admin", ascii72 + "x"));
    }

    @Test
    void multiByteCharactersCountByTheirBytes() {
        // "ệ" is 3 bytes in UTF-8: 24 of them are 72 bytes, 25 are 75.
        String base = "Aa1";
        String fits = base + "ệ".repeat(23);       // 3 + 69 = 72 bytes
        String tooLong = base + "ệ".repeat(24);    // 3 + 72 = 75 bytes, only 27 characters
        assertEquals(72, fits.getBytes(StandardCharsets.UTF_8).length);
        assertTrue(accepted("admin", fits));
        assertEquals(27, tooLong.length());
        assertTrue(!accepted("admin", tooLong));
    }

    @Test
    void theLimitsAreTheDocumentedOnes() {
        assertEquals(12, PasswordPolicy.MIN_LENGTH);
        assertEquals(72, PasswordPolicy.MAX_UTF8_BYTES);
    }
}
