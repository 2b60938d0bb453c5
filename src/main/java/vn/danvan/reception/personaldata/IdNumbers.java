package vn.danvan.reception.personaldata;

import vn.danvan.api.model.IdDocumentType;

import java.util.Locale;
import java.util.regex.Pattern;

/** Formats of Vietnamese identity documents: CCCD 12 digits, CMND 9 digits, passport a letter and 7 digits. */
public final class IdNumbers {

    private static final Pattern CCCD = Pattern.compile("\\d{12}");
    private static final Pattern CMND = Pattern.compile("\\d{9}");
    private static final Pattern PASSPORT = Pattern.compile("[A-Z]\\d{7}");

    private IdNumbers() {
    }

    /** Upper case, spaces removed: the form that is encrypted and hashed. */
    public static String normalise(String number) {
        return number.replace(" ", "").toUpperCase(Locale.ROOT);
    }

    public static boolean valid(IdDocumentType type, String normalised) {
        return switch (type) {
            case CCCD -> CCCD.matcher(normalised).matches();
            case CMND -> CMND.matcher(normalised).matches();
            case PASSPORT -> PASSPORT.matcher(normalised).matches();
        };
    }
}
