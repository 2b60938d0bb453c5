package vn.danvan.platform.error;

/**
 * One invalid field, parameter or file row: {@code messageKey} is looked up in the message bundle
 * and formatted with {@code args}. {@code line} is set for file imports only.
 */
public record FieldViolation(String field, String code, String messageKey, Object[] args, Integer line) {

    public static FieldViolation of(String field, String code, String messageKey, Object... args) {
        return new FieldViolation(field, code, messageKey, args, null);
    }

    public static FieldViolation atLine(int line, String field, String code, String messageKey, Object... args) {
        return new FieldViolation(field, code, messageKey, args, line);
    }
}
