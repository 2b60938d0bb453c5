package vn.danvan.platform.error;

/**
 * Every kind of error the API gives, each with a stable type URI and an HTTP status.
 * The title comes from the message bundle under {@code problem.<slug>}.
 */
public enum ProblemType {
    VALIDATION_FAILED(400, "validation-failed"),
    MALFORMED_REQUEST(400, "malformed-request"),
    INVALID_GRANT(400, "invalid-grant"),
    UNSUPPORTED_GRANT_TYPE(400, "unsupported-grant-type"),
    UNAUTHORIZED(401, "unauthorized"),
    INVALID_CLIENT(401, "invalid-client"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    DUPLICATE_OFFICIAL_CODE(409, "duplicate-official-code"),
    DUPLICATE_ID(409, "duplicate-id"),
    TREE_CYCLE(409, "tree-cycle"),
    HAS_DEPENDENTS(409, "has-dependents"),
    INVALID_STATE(409, "invalid-state"),
    CONCURRENT_MODIFICATION(409, "concurrent-modification"),
    IDEMPOTENCY_KEY_IN_PROGRESS(409, "idempotency-key-in-progress"),
    REPLICATION_CYCLE(409, "replication-cycle"),
    SYNC_TOKEN_EXPIRED(410, "sync-token-expired"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large"),
    URI_TOO_LONG(414, "uri-too-long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    /** A portal petition's reference sent again with another body: the portal's own key, not an Idempotency-Key. */
    PORTAL_REFERENCE_REUSED(422, "portal-reference-reused"),
    OUTSIDE_REGISTRATION_WINDOW(422, "outside-registration-window"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    HEADERS_TOO_LARGE(431, "headers-too-large"),
    INTERNAL_ERROR(500, "internal-error"),
    SERVICE_UNAVAILABLE(503, "service-unavailable");

    private static final String URI_PREFIX = "urn:danvan:problem:";

    private final int status;
    private final String slug;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String uri() {
        return URI_PREFIX + slug;
    }
}
