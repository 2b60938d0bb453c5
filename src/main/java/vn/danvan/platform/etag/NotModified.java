package vn.danvan.platform.etag;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Conditional GET (RFC 9110 §13.1.2): when the client's {@code If-None-Match} names the version it is about to get,
 * the answer is 304 with the ETag and no body. The mobile app revalidates its offline copies this way without
 * downloading them again. The read itself has happened (scope checked, personal-data read logged): only the body is
 * not sent.
 */
public class NotModified {

    @ServerResponseFilter
    public void answerNotModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != 200) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        Object current = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (ifNoneMatch == null || current == null) {
            return;
        }
        String tag = opaque(current instanceof EntityTag entityTag ? "\"" + entityTag.getValue() + "\"" : current.toString());
        if (matches(ifNoneMatch, tag)) {
            response.setStatus(304);
            closeQuietly(response.getEntity());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
            response.getHeaders().remove(HttpHeaders.CONTENT_LENGTH);
            response.getHeaders().remove("Content-Disposition");
        }
    }

    /** Weak comparison, as If-None-Match requires: {@code W/"3"} matches {@code "3"}; {@code *} matches any. */
    static boolean matches(String ifNoneMatch, String currentTag) {
        for (String candidate : ifNoneMatch.split(",")) {
            String trimmed = candidate.trim();
            if (trimmed.equals("*") || opaque(trimmed).equals(currentTag)) {
                return true;
            }
        }
        return false;
    }

    /** A file's stream was opened for the body that is no longer sent. */
    private static void closeQuietly(Object entity) {
        if (entity instanceof java.io.Closeable closeable) {
            try {
                closeable.close();
            } catch (java.io.IOException ignored) {
                // nothing was sent from it
            }
        }
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
