package vn.danvan.identity;

import vn.danvan.platform.error.FieldViolation;

import java.util.Locale;
import java.util.Optional;

/** At least 10 characters of at least three kinds, not containing the username. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static Optional<FieldViolation> check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || kinds(password) < 3
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
