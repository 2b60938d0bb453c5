package vn.danvan.platform.error;

import java.util.List;

/**
 * A failure that the client caused or can act on. The detail is a message-bundle key with arguments,
 * so that it is rendered in the caller's language by the exception mapper.
 */
public class ApiException extends RuntimeException {

    private final ProblemType type;
    private final String detailKey;
    private final transient Object[] detailArgs;
    private final transient List<FieldViolation> violations;
    private Long retryAfterSeconds;

    public ApiException(ProblemType type, String detailKey, Object... detailArgs) {
        this(type, List.of(), detailKey, detailArgs);
    }

    public ApiException(ProblemType type, List<FieldViolation> violations, String detailKey, Object... detailArgs) {
        super(type.slug() + (detailKey == null ? "" : ": " + detailKey), null, false, false);
        this.type = type;
        this.detailKey = detailKey;
        this.detailArgs = detailArgs;
        this.violations = List.copyOf(violations);
    }

    public static ApiException notFound(String whatKey, Object id) {
        return new ApiException(ProblemType.NOT_FOUND, "detail.not-found", new MessageRef(whatKey), id);
    }

    /**
     * A client-chosen ID that is already used. The same answer whoever holds the ID, in scope or not, and naming neither
     * the record nor its unit: an ID outside the caller's scope cannot be probed for more than that it is taken.
     */
    public static ApiException idTaken() {
        return new ApiException(ProblemType.DUPLICATE_ID, "detail.id-taken");
    }

    public static ApiException invalid(List<FieldViolation> violations) {
        return new ApiException(ProblemType.VALIDATION_FAILED, violations, "detail.validation-failed", violations.size());
    }

    public static ApiException invalid(FieldViolation violation) {
        return invalid(List.of(violation));
    }

    /** For 429 and 503: how long the client should wait, sent as Retry-After. */
    public ApiException retryAfter(long seconds) {
        this.retryAfterSeconds = seconds;
        return this;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public ProblemType type() {
        return type;
    }

    public String detailKey() {
        return detailKey;
    }

    public Object[] detailArgs() {
        return detailArgs;
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
