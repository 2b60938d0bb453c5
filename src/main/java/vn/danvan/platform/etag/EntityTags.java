package vn.danvan.platform.etag;

import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;

/**
 * ETags are the resource's version in quotes ({@code "3"}). {@link #check} enforces If-Match:
 * 428 when required and missing, 412 when it names another version.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The ETag header value of a resource at this version. */
    public static jakarta.ws.rs.core.EntityTag header(long version) {
        return new jakarta.ws.rs.core.EntityTag(String.valueOf(version));
    }

    /** For PUT and DELETE: If-Match must be present and current. */
    public static void require(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "detail.precondition-required");
        }
        check(ifMatch, currentVersion);
    }

    /** For actions: If-Match, when sent, must be current. */
    public static void check(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = of(currentVersion);
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current) || tag.equals("W/" + current)) {
                return;
            }
        }
        throw new ApiException(ProblemType.PRECONDITION_FAILED, "detail.precondition-failed", current, ifMatch.trim());
    }
}
