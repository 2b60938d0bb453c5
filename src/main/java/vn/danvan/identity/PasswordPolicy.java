package vn.danvan.identity;

import vn.danvan.platform.error.FieldViolation;

import java.util.Locale;
import java.util.Optional;

/**
 * At least 12 characters (ASVS 2.1.1) of at least three kinds, as Vietnamese information-security practice for level-3
 * systems asks, not containing the username, and at most 72 bytes in UTF-8: bcrypt ignores what follows, and a
 * password must not be silently shortened (ASVS 2.1.3). Checked when a password is set, not on sign-in.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_UTF8_BYTES = 72;

    private PasswordPolicy() {
    }

    static Optional<FieldViolation> check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || kinds(password) < 3
                || password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_UTF8_BYTES
                || (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT)))) {
            return Optional.of(FieldViolation.of(field, "PasswordPolicy", "user.password-policy"));
        }
        return Optional.empty();
    }

    private static int kinds(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (char c : password.toCharArray()) {
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
