package vn.danvan.platform.error;

/**
 * A query, header or path parameter whose text cannot be converted. The converter does not know the
 * parameter's name; the exception mapper finds it by the value and answers 400 (404 for the path).
 */
public class InvalidParameterException extends RuntimeException {

    private final String value;
    private final String code;
    private final String messageKey;
    private final transient Object[] args;

    public InvalidParameterException(String value, String code, String messageKey, Object... args) {
        super("Invalid parameter value", null, false, false);
        this.value = value;
        this.code = code;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String value() {
        return value;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
