package vn.danvan.platform.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * {@code /q/openapi} answers the bundled contract byte for byte as it was written (YAML), or the same document as JSON
 * ({@code ?format=json} or {@code Accept: application/json}). SmallRye OpenAPI would re-serialise the file: quoted times
 * such as {@code '11:30'} lose their quotes (YAML 1.1 parsers then read the integer 690), dates become timestamps and a
 * security scheme of its own appears. Clients generate from this document, so it must be the one in {@code openapi/}.
 */
@ApplicationScoped
public class ContractDocument {

    static final String PATH = "/q/openapi";
    private static final String BUNDLE = "META-INF/openapi.yaml";

    private final Buffer yaml;
    private final Buffer json;
    private final String entityTag;

    ContractDocument() {
        byte[] written = read();
        this.yaml = Buffer.buffer(written);
        this.json = Buffer.buffer(toJson(written));
        this.entityTag = "\"" + HexFormat.of().formatHex(sha256(written), 0, 16) + "\"";
    }

    // Before SmallRye's handler for the same path, so that its re-serialised document is never served.
    void register(@Observes Router router) {
        router.get(PATH).order(Integer.MIN_VALUE + 1).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        boolean asJson = "json".equalsIgnoreCase(context.request().getParam("format"))
                || (context.request().getParam("format") == null && acceptsOnlyJson(context));
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, entityTag)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (entityTag.equals(context.request().getHeader(HttpHeaders.IF_NONE_MATCH))) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, asJson ? "application/json;charset=UTF-8"
                : "application/yaml;charset=UTF-8").end(asJson ? json : yaml);
    }

    private static boolean acceptsOnlyJson(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("application/json") && !accept.contains("yaml");
    }

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing: the build bundles openapi/api.yaml into it");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] toJson(byte[] yaml) {
        try {
            return new ObjectMapper().writeValueAsBytes(new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
