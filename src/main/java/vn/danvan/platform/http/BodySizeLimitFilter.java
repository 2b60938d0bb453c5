package vn.danvan.platform.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.danvan.platform.config.DanvanConfig;
import vn.danvan.platform.error.ApiException;
import vn.danvan.platform.error.ProblemType;
import vn.danvan.platform.files.FileType;

/**
 * Refuses request bodies without a Content-Type (400) and over the configured limit (413 problem) before they are read.
 * CSV imports and file uploads have their own, larger limits. (The HTTP layer's hard limit stops bodies sent
 * without a Content-Length.)
 */
public class BodySizeLimitFilter {

    private final DanvanConfig config;

    public BodySizeLimitFilter(DanvanConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public void limit(ContainerRequestContext context) {
        String length = context.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean chunked = context.getHeaderString("Transfer-Encoding") != null;
        if (context.getMediaType() == null && (chunked || (length != null && !"0".equals(length.trim())))) {
            // A body read as JSON without being declared JSON: refused rather than guessed.
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "detail.content-type-required");
        }
        if (length == null) {
            return;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            throw new ApiException(ProblemType.MALFORMED_REQUEST, "detail.malformed-request");
        }
        MediaType type = context.getMediaType();
        boolean csv = type != null && "text".equals(type.getType()) && "csv".equals(type.getSubtype());
        long limit = csv ? config.http().maxImportBodyBytes()
                : FileType.fromMediaType(type).isPresent() ? config.files().maxUploadBytes()
                : config.http().maxJsonBodyBytes();
        if (bytes > limit) {
            throw new ApiException(ProblemType.PAYLOAD_TOO_LARGE, "detail.payload-too-large", limit);
        }
    }
}
