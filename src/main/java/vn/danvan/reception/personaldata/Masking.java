package vn.danvan.reception.personaldata;

/** How personal data looks to those who may not see it: everything but the last characters hidden. */
public final class Masking {

    public static final String HIDDEN = "***";

    private Masking() {
    }

    /** "051089001234" → "*********234". */
    public static String keepLast(String value, int visible) {
        if (value == null) {
            return null;
        }
        if (value.length() <= visible) {
            return HIDDEN;
        }
        return "*".repeat(value.length() - visible) + value.substring(value.length() - visible);
    }

    /** Addresses are hidden entirely: a village name alone can identify a person. */
    public static String address(String value) {
        return value == null ? null : HIDDEN;
    }
}
